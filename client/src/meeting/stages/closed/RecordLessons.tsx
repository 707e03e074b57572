import { lessonPromptLabels } from '@debrief/shared';
import type { PromptLessons, RankedLesson } from './arrangeLessons.ts';

/** Why it went wrong, then the lessons under each prompt with the most-voted first. */
export function RecordLessons({ summary, lessons }: { summary: string; lessons: readonly PromptLessons[] }) {
  return (
    <>
      <section className="record-section" aria-labelledby="record-summary-heading">
        <h3 id="record-summary-heading" className="record-section__title">
          Why it went wrong
        </h3>
        {summary ? (
          <p className="record-prose record-summary">{summary}</p>
        ) : (
          <p className="record-missing">No summary was written.</p>
        )}
      </section>
      <section className="record-section" aria-labelledby="record-lessons-heading">
        <h3 id="record-lessons-heading" className="record-section__title">
          Lessons learned
        </h3>
        <div className="record-lessons">
          {lessons.map(({ prompt, items }) => (
            <div key={prompt} className="record-lessons__prompt">
              <h4 className="record-lessons__question">{lessonPromptLabels[prompt]}</h4>
              {items.length === 0 ? (
                <p className="record-missing">Nothing was written here.</p>
              ) : (
                <ul className="record-lessons__list">
                  {items.map((item) =>
                    item.kind === 'lesson' ? (
                      <LessonRow key={item.lesson.id} lesson={item.lesson} />
                    ) : (
                      <li key={item.id} className="record-lessons__group">
                        <div className="record-lessons__row">
                          <span className="record-lessons__group-title">{item.title || 'Untitled group'}</span>
                          <Votes votes={item.votes} />
                        </div>
                        <ul className="record-lessons__list record-lessons__list--nested">
                          {item.lessons.map((lesson) => (
                            <LessonRow key={lesson.id} lesson={lesson} />
                          ))}
                        </ul>
                      </li>
                    ),
                  )}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>
    </>
  );
}

function LessonRow({ lesson }: { lesson: RankedLesson }) {
  return (
    <li className="record-lessons__row">
      <span className="record-prose">{lesson.text}</span>
      <Votes votes={lesson.votes} />
    </li>
  );
}

function Votes({ votes }: { votes: number }) {
  return (
    <span className="record-votes" data-none={votes === 0 ? 'true' : undefined}>
      {votes === 1 ? '1 vote' : `${votes} votes`}
    </span>
  );
}
