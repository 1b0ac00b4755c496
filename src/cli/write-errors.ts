import { StoryboardError } from '../sequences/errors.js';

/** What the disk-full sentence tells the person to do. */
export const FREE_SPACE =
  'libérez de la place (videz la corbeille, supprimez ou déplacez des fichiers dont vous n\u2019avez plus besoin), puis réessayez';

/**
 * Turns a failed write into one French sentence the person can act on (no folder, no right
 * to write, a folder where a file was expected, a full disk…); anything else stays an
 * unexpected error.
 */
export function writeFailure(error: unknown, file: string): unknown {
  if (error instanceof StoryboardError) return error;
  const sentence = fileProblem(error, file, 'écrire');
  // The system error stays attached: a full disk is told apart from the rest (isDiskFull).
  return sentence ? Object.assign(new StoryboardError({ message: sentence }, file), { cause: error }) : error;
}

/**
 * The French sentence for a system error about a file (reading or writing), or undefined when
 * the error is not one a person can cause or fix.
 */
export function fileProblem(error: unknown, file: string, doing: 'lire' | 'écrire' | 'ouvrir'): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cannot = `impossible ${doing === 'écrire' ? "d'écrire" : doing === 'ouvrir' ? "d'ouvrir" : 'de lire'} « ${file} »`;
  switch (code) {
    case 'ENOENT':
      return doing === 'écrire' ? `${cannot} : le dossier n'existe pas` : `« ${file} » est introuvable`;
    case 'EACCES':
    case 'EPERM':
      return `${cannot} : accès refusé`;
    case 'EROFS':
      return `${cannot} : le disque ou le dossier est en lecture seule`;
    case 'EISDIR':
      return `« ${file} » est un dossier : donnez un nom de fichier`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${cannot} : le disque est plein ; ${FREE_SPACE}`;
    case 'ENOTDIR':
      return `${cannot} : une partie du chemin est un fichier, pas un dossier`;
    case 'ENAMETOOLONG':
      return `${cannot} : le nom est trop long (255 caractères au plus par nom de fichier ou de dossier)`;
    case 'ELOOP':
      return `${cannot} : le chemin passe par des liens symboliques qui tournent en rond`;
    case 'EIO':
    case 'EINVAL':
    case 'ENXIO':
    case 'ENODEV':
      return `${cannot} : ce n'est pas un fichier que storyboard peut ${doing === 'écrire' ? 'écrire' : 'lire'}`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${cannot} : le fichier est occupé par un autre programme ; fermez-le et réessayez`;
    case 'EMFILE':
    case 'ENFILE':
      return `${cannot} : trop de fichiers ouverts sur cet ordinateur ; fermez des programmes et réessayez`;
    case 'EEXIST':
      return `« ${file} » existe déjà`;
    default:
      return undefined;
  }
}

/** True for a failure the person can fix while storyboard waits (a full disk). */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = (error as { cause?: NodeJS.ErrnoException } | undefined)?.cause?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || cause === 'ENOSPC' || cause === 'EDQUOT';
}
