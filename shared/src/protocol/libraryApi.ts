import type { ActionStatus } from '../lessons/actionStatuses.ts';
import type { Severity } from './httpApi.ts';

/** `GET /api/meetings/<id>/publication`, and the answer to publishing or withdrawing. */
export interface PublicationResponse {
  readonly published: boolean;
  readonly services: readonly string[];
  /** ms since the epoch; null while not published */
  readonly publishedAt: number | null;
}

/** `POST /api/meetings/<id>/publication` */
export interface PublishRequest {
  readonly services: readonly string[];
}

/** A published post-mortem as the library lists it. */
export interface LibraryResult {
  readonly id: string;
  /** the title, with matches between HIGHLIGHT_START and HIGHLIGHT_END */
  readonly title: string;
  readonly summary: string;
  readonly severity: Severity;
  readonly occurredAt: string | null;
  readonly services: readonly string[];
  readonly publishedAt: number;
  /** the best-matching passage, marked the same way; the summary when nothing was searched */
  readonly excerpt: string;
  /** the read-only record: `/m/<id>#<observer token>` */
  readonly path: string;
}

/** `GET /api/library?q=&severity=&service=&from=&to=` */
export interface LibraryResponse {
  readonly results: readonly LibraryResult[];
  /** how many match in all; `results` holds the first ones */
  readonly total: number;
  /** every service tag in the library, for the filter */
  readonly services: readonly string[];
}

/** An action still to do, from a published post-mortem. */
export interface OpenAction {
  readonly meetingId: string;
  readonly meetingTitle: string;
  readonly severity: Severity;
  readonly id: string;
  readonly title: string;
  readonly owner: string | null;
  /** YYYY-MM-DD */
  readonly dueDate: string | null;
  readonly status: ActionStatus;
  /** the read-only record */
  readonly path: string;
}

/** `GET /api/actions` */
export interface OpenActionsResponse {
  readonly actions: readonly OpenAction[];
}

/** `PATCH /api/meetings/<id>/actions/<actionId>` */
export interface ActionStatusRequest {
  readonly status: ActionStatus;
}
