export interface Flag {
  long: string;
  short?: string;
  takesValue: boolean;
  description: string;
}

export interface CompletionModel {
  commands: ReadonlyArray<{ words: string[]; summary: string; options: Flag[]; choices: readonly string[] }>;
  globalOptions: Flag[];
}

export function completionScript(shell: 'bash' | 'zsh' | 'fish', model: CompletionModel): string {
  return { bash, zsh, fish }[shell](model);
}

const flagWords = (flags: readonly Flag[]) =>
  flags.flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]).join(' ');

/** First words (`env` for `env use`), each once, in registry order. */
const topWords = (model: CompletionModel) => [...new Set(model.commands.map((c) => c.words[0] as string))];

function bash(model: CompletionModel): string {
  const valueFlags = [...model.globalOptions, ...model.commands.flatMap((c) => c.options)]
    .filter((f) => f.takesValue)
    .flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]);
  const groups = topWords(model).filter((word) =>
    model.commands.some((c) => c.words.length > 1 && c.words[0] === word),
  );
  const cases = [
    `    "") words="${topWords(model).join(' ')} help" ;;`,
    ...groups.map((group) => {
      // A word that is a command and a group (`releases`, `releases info`): its subcommands and its flags.
      const own = model.commands.find((c) => c.words.length === 1 && c.words[0] === group);
      return `    ${group}) words="${model.commands
        .filter((c) => c.words[0] === group && c.words[1])
        .map((c) => c.words[1])
        .join(' ')}"${own ? `; flags="${flagWords(own.options)} ${flagWords(model.globalOptions)}"` : ''} ;;`;
    }),
    ...model.commands.map(
      (c) =>
        `    "${c.words.join(' ')}") words="${c.choices.join(' ')}"; flags="${flagWords(c.options)} ${flagWords(model.globalOptions)}" ;;`,
    ),
  ];
  return `# pave completion for bash. Load it with: eval "$(pave completion bash)"
_pave() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="" words="" flags="${flagWords(model.globalOptions)}" i
  case "$prev" in
    ${valueFlags.join('|')}) return 0 ;;
  esac
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${valueFlags.join('|')}) ((i++)) ;;
      -*) ;;
      *)
        if [[ -z "$command" ]]; then command="\${COMP_WORDS[i]}"
        elif [[ " ${groups.join(' ')} " == *" $command "* ]]; then command="$command \${COMP_WORDS[i]}"
        fi ;;
    esac
  done
  case "$command" in
${cases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  fi
}
complete -F _pave pave
`;
}

// zsh's _arguments and _describe give ':' and brackets a meaning of their own.
const zshText = (text: string) =>
  text
    .replace(/[[\]:'`$\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const zshFlags = (flags: readonly Flag[]) =>
  flags
    .map((f) => {
      const value = f.takesValue ? `:${f.long}:` : '';
      const names = f.short ? `'(-${f.short} --${f.long})'{-${f.short},--${f.long}}` : `'--${f.long}`;
      const quoteOpen = f.short ? `'` : '';
      return `${names}${quoteOpen}[${zshText(f.description)}]${value}'`;
    })
    .join(' ');

function zsh(model: CompletionModel): string {
  const describe = (entries: Array<[string, string]>) =>
    entries.map(([word, summary]) => `'${word}:${zshText(summary)}'`).join(' ');
  const top = topWords(model).map((word): [string, string] => {
    const command = model.commands.find((c) => c.words.join(' ') === word);
    return [word, command ? command.summary : `${word} commands`];
  });
  const arms = topWords(model).map((word) => {
    const single = model.commands.find((c) => c.words.length === 1 && c.words[0] === word);
    const subs = model.commands.filter((c) => c.words[0] === word && c.words[1]);
    if (single && subs.length === 0) {
      const choices = single.choices.length ? ` '1:value:(${single.choices.join(' ')})'` : " '*:argument: '";
      return `    ${word}) _arguments -s $global ${zshFlags(single.options)}${choices} ;;`;
    }
    const subArms = subs
      .map(
        (c) =>
          `        ${c.words[1]}) shift words; (( CURRENT-- )); _arguments -s $global ${zshFlags(c.options)} '*:argument: ' ;;`,
      )
      .join('\n');
    // A word that is a command as well (`releases`): its own flags when no subcommand follows.
    const ownArm = single
      ? `\n        *) _arguments -s $global ${zshFlags(single.options)} '*:argument: ' ;;`
      : '';
    return `    ${word})
      if (( CURRENT == 2 )) && [[ $words[CURRENT] != -* ]]; then
        local -a subcommands=(${describe(subs.map((c) => [c.words[1] as string, c.summary]))})
        _describe -t commands 'pave ${word} command' subcommands
        return
      fi
      case $words[2] in
${subArms}${ownArm}
      esac ;;`;
  });
  return `#compdef pave
# pave completion for zsh. Load it with: eval "$(pave completion zsh)" (after compinit),
# or save it as _pave in a folder of your fpath.
_pave() {
  local -a global=(${zshFlags(model.globalOptions)})
  local -a commands=(${describe(top)})
  local state
  _arguments -s -C $global '1: :->command' '*:: :->args' && return
  case $state in
    command) _describe -t commands 'pave command' commands ;;
    args)
      case $words[1] in
${arms.join('\n')}
      esac ;;
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _pave "$@"; else compdef _pave pave; fi
`;
}

const fishText = (text: string) => text.replace(/'/g, "\\'");

function fish(model: CompletionModel): string {
  const flagLines = (flags: readonly Flag[], condition?: string) =>
    flags.map(
      (f) =>
        `complete -c pave${condition ? ` -n '${condition}'` : ''}${f.short ? ` -s ${f.short}` : ''} -l ${f.long}${f.takesValue ? ' -r' : ''} -d '${fishText(f.description)}'`,
    );
  const lines = [
    '# pave completion for fish. Save it: pave completion fish > ~/.config/fish/completions/pave.fish',
    'complete -c pave -f',
    ...topWords(model).map((word) => {
      const summary = model.commands.find((c) => c.words.join(' ') === word)?.summary ?? `${word} commands`;
      return `complete -c pave -n '__fish_use_subcommand' -a ${word} -d '${fishText(summary)}'`;
    }),
    ...flagLines(model.globalOptions),
  ];
  for (const command of model.commands) {
    const [first, second] = command.words;
    if (second) {
      const others = model.commands.filter((c) => c.words[0] === first && c.words[1]).map((c) => c.words[1]);
      lines.push(
        `complete -c pave -n '__fish_seen_subcommand_from ${first}; and not __fish_seen_subcommand_from ${others.join(' ')}' -a ${second} -d '${fishText(command.summary)}'`,
      );
    }
    const condition = second
      ? `__fish_seen_subcommand_from ${first}; and __fish_seen_subcommand_from ${second}`
      : `__fish_seen_subcommand_from ${first}`;
    lines.push(...flagLines(command.options, condition));
    if (command.choices.length)
      lines.push(`complete -c pave -n '${condition}' -a '${command.choices.join(' ')}'`);
  }
  return `${lines.join('\n')}\n`;
}
