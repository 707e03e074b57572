/** Up to two initials for an avatar: "Priya Raman" → "PR", "sam" → "S". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  const initials = letters.map((word) => [...(word ?? '')][0]?.toLocaleUpperCase() ?? '').join('');
  return initials || '?';
}
