// Control: every field counts as visible, honeypots and off-screen decoys included.
export function isHumanVisible(_input: HTMLElement): boolean {
  return true;
}
