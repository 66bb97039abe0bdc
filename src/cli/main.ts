/** The `sahifa` command line: parse, ingest, import, serve. */
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.ts';
import { registerClassifyCommand } from './commands/classify-command.ts';
import { registerDuplicatesCommand } from './commands/duplicates-command.ts';
import { registerEntitiesCommand } from './commands/entities-command.ts';
import { registerImageCommand } from './commands/image-command.ts';
import { registerImportCommand } from './commands/import-command.ts';
import { registerIngestCommand } from './commands/ingest-command.ts';
import { registerLintCommand } from './commands/lint-command.ts';
import { registerParseCommand } from './commands/parse-command.ts';
import { registerSearchCommand } from './commands/search-command.ts';
import { registerSectionsCommand } from './commands/sections-command.ts';
import { registerServeCommand } from './commands/serve-command.ts';

export function buildProgram(): Command {
  const program = new Command('sahifa')
    .description('Sahifa (صحيفة): an Arabic-first news platform')
    .showHelpAfterError()
    .exitOverride();
  registerParseCommand(program);
  registerIngestCommand(program);
  registerImportCommand(program);
  registerImageCommand(program);
  registerSearchCommand(program);
  registerServeCommand(program);
  registerLintCommand(program);
  registerEntitiesCommand(program);
  registerClassifyCommand(program);
  registerDuplicatesCommand(program);
  registerSectionsCommand(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      process.stderr.write(`sahifa: error: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`sahifa: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
