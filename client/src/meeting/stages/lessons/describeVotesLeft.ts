/** "You have 2 of 3 votes left", in plain words for every case. */
export function describeVotesLeft(votesPerPerson: number, remaining: number): string {
  if (votesPerPerson === 0) return 'Voting is off for now';
  const votes = (count: number) => (count === 1 ? 'vote' : 'votes');
  if (remaining === 0) {
    return votesPerPerson === 1
      ? 'You have used your vote'
      : `You have used all ${votesPerPerson} of your ${votes(votesPerPerson)}`;
  }
  return `You have ${remaining} of ${votesPerPerson} ${votes(votesPerPerson)} left`;
}
