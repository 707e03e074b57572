import { Icon } from '../ui/Icon.tsx';

/** An inline message saying why something was refused; nothing when there is none. */
export function FieldError({ message, id }: { readonly message: string | null | undefined; readonly id?: string }) {
  if (!message) return null;
  return (
    <p className="field-error" role="alert" id={id}>
      <Icon name="alert" />
      {message}
    </p>
  );
}
