/** Why a mediator's name was refused. */
export type MediatorNameProblem = 'name-missing' | 'name-too-long' | 'name-taken';

export const MAX_MEDIATOR_NAME_CHARACTERS = 60;

/**
 * The problem with a new mediator's name, or null. Two mediators of a shared kit must not have the same
 * name (compared without case or accents), or one could pick the other's work on the lock screen.
 */
export function validateMediatorName(name: string, existingNames: readonly string[]): MediatorNameProblem | null {
  const wanted = comparable(name);
  if (wanted === '') return 'name-missing';
  if ([...name.trim()].length > MAX_MEDIATOR_NAME_CHARACTERS) return 'name-too-long';
  return existingNames.some((other) => comparable(other) === wanted) ? 'name-taken' : null;
}

function comparable(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-PT');
}
