/**
 * commander speaks English. Its usage errors are rephrased here in French, keeping the
 * name it quotes (the unknown command or option) so the user sees what they typed.
 */
export function translateCommanderError(code: string, message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const suggestion = /\(Did you mean (.+)\?\)/.exec(message)?.[1];
  const hint = suggestion ? ` Vouliez-vous dire « ${suggestion} » ?` : '';
  switch (code) {
    case 'commander.unknownCommand':
      return `commande inconnue « ${quoted} ».${hint}`;
    case 'commander.unknownOption':
      return `option inconnue « ${quoted} ».${hint}`;
    case 'commander.missingArgument':
      return `il manque l'argument « ${quoted} ».`;
    case 'commander.optionMissingArgument':
      return `l'option « ${quoted} » attend une valeur.`;
    case 'commander.missingMandatoryOptionValue':
      return `l'option « ${quoted} » est obligatoire.`;
    case 'commander.excessArguments':
      return 'trop d\u2019arguments pour cette commande.';
    case 'commander.invalidArgument':
      return `valeur invalide : ${message.replace(/^error: /, '')}`;
    default:
      return message.replace(/^error: /, '');
  }
}
