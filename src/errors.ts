/**
 * Errors caused by the user's input (config, files, dictionaries, arguments). The CLI prints
 * them as one line without a stack and exits with code 2.
 */
export type UserErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_UNREADABLE'
  | 'RULE_UNKNOWN'
  | 'DICTIONARY_INVALID'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'FILE_BINARY'
  | 'FILE_UNDECODABLE'
  | 'FILE_READONLY'
  | 'FILE_CHANGED'
  | 'FILE_UNWRITABLE'
  | 'FILE_TOO_LARGE'
  | 'USAGE'
  | 'INSTALL_BROKEN';

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    /** The file the problem is in, where known. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** One line: 「file: message」. */
  format(): string {
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
}
