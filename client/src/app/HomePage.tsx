import { TopBar } from '../ui/TopBar.tsx';
import { ImportMeetingForm } from './ImportMeetingForm.tsx';
import { MyMeetings } from './MyMeetings.tsx';
import { StartMeetingForm } from './StartMeetingForm.tsx';
import './home.css';

export function HomePage() {
  return (
    <div className="page">
      <TopBar />
      <main className="content home">
        <div className="home__intro">
          <h1>Blameless post&#8209;mortems, together and live</h1>
          <p className="lede">
            Debrief walks your team through an incident review: facts first, then what we learned, then owned actions.
            We look at failures of process, not of people.
          </p>
        </div>
        <StartMeetingForm />
        <ImportMeetingForm />
        <MyMeetings />
      </main>
    </div>
  );
}
