import { facilitatorGuide, type Stage, stageLabels } from '@debrief/shared';
import { useId, useState } from 'react';
import { readStorage, writeStorage } from '../identity/browserStorage.ts';
import { Icon } from '../ui/Icon.tsx';
import './facilitatorGuide.css';

// One setting for every meeting: a facilitator who keeps the guide open wants it open at the next stage too.
const STORAGE_KEY = 'debrief:facilitatorGuideOpen';

/** For facilitators: a folding panel with the viewed stage's purpose, questions to ask and traps to steer clear of. */
export function FacilitatorGuide({ stage }: { readonly stage: Stage }) {
  const [open, setOpen] = useState(() => readStorage(STORAGE_KEY) === 'true');
  const id = useId();
  const guide = facilitatorGuide[stage];

  const toggle = () => {
    setOpen(!open);
    writeStorage(STORAGE_KEY, String(!open));
  };

  return (
    <div className={`facilitator-guide${open ? ' facilitator-guide--open' : ''}`}>
      <h3 className="facilitator-guide__heading">
        <button
          type="button"
          className="facilitator-guide__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-hint`}
          onClick={toggle}
        >
          <Icon name="bulb" />
          <span className="facilitator-guide__label">
            <span id={`${id}-title`} className="facilitator-guide__title">
              Facilitator's guide
            </span>
            <span id={`${id}-hint`} className="facilitator-guide__hint">
              Only facilitators see this
            </span>
          </span>
          <span className="facilitator-guide__chevron">
            <Icon name="next" />
          </span>
        </button>
      </h3>
      <section
        id={`${id}-body`}
        className="facilitator-guide__body"
        aria-label={`Facilitator's guide: ${stageLabels[stage]}`}
        hidden={!open}
      >
        <h4 className="facilitator-guide__section">Purpose</h4>
        <p className="facilitator-guide__purpose">{guide.purpose}</p>
        <div className="facilitator-guide__columns">
          <div>
            <h4 className="facilitator-guide__section">Prompts to try</h4>
            <ul className="facilitator-guide__list facilitator-guide__list--prompts">
              {guide.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </div>
          <div>
            <h4 className="facilitator-guide__section">Traps to watch for</h4>
            <ul className="facilitator-guide__list facilitator-guide__list--traps">
              {guide.traps.map((trap) => (
                <li key={trap}>{trap}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </div>
  );
}
