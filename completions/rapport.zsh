#compdef rapport

__rapport_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__rapport_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __rapport_complete "${completions[@]:0:-1}"
    fi
}

__rapport_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_rapport() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'dashboard:Open the dashboard (the default command).'
            'accounts:List accounts with tier, equity, decayed equity and last touch.'
            'contacts:List contacts with role, flags, last touch and favours given and asked.'
            'drift:Rank accounts by drift after their win, with the reasons, for scripts and cron jobs.'
            'check:Check a store'\''s files and print every problem as FILE:LINE:COLUMN: reason.'
            'init:Create an empty store (accounts.txt, contacts.txt, events.txt) in a folder.'
            'keys:List the dashboard'\''s keys, mode by mode (the same list as ? inside the dashboard).'
            'add:Record a deposit, withdrawal or favour, and print the new balance.'
            'void:Void an event: it stays in events.txt and no longer counts.'
            'correct:Correct an event: record it again with the changes given, and void the old one.'
            'promise:Make a promise to an account or contact, and keep, miss or drop it.'
            'promises:List the open promises, soonest due first, with how overdue each is.'
            'plan:Print an account'\''s key account plan: objectives, initiatives and the review day.'
            'agenda:What is due in the next days, everything overdue first, by day.'
            'archive:Archive an account or a contact: kept with its history, left out of the lists.'
            'unarchive:Bring an archived account or contact back into the lists.'
            'forget:Forget a person: remove their record, and the names and notes of their events.'
            'whoami:Show the author Rapport writes on every line (by:NAME), and where it comes from.'
            'brief:Print an account'\''s brief: facts, the year'\''s story, culture, people, promises, plans, drift.'
            'export:Write events, accounts or contacts as CSV, JSON or an hledger journal.'
            'import:Import events from CSV, contacts from vCard, and meetings from iCalendar.'
            'sync:Share the store through its git repository: commit, pull, merge, check, push.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        dashboard|accounts|contacts|drift|check|init|keys|add|void|correct|promise|promises|plan|agenda|archive|unarchive|forget|whoami|brief|export|import|sync|help)
            "_rapport_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_rapport_dashboard() {
    local -i ret=1
    local -ar ___theme=('dark' 'high-contrast' 'light' 'monochrome')
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--theme[The colour theme\: a name such as light, or a path to a .toml file.]:theme:{__rapport_complete "${___theme[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_accounts() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--owner[Only the accounts of this owner (case ignored).]:owner:{__rapport_custom_complete ---completion accounts -- --owner "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--mine[Only my accounts\: me in config.toml, else $RAPPORT_USER, git'\''s user.name, the login name.]'
        '--json[Print JSON instead of a table.]'
        '--archived[Include archived accounts, marked as such.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_contacts() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--account[Only this account'\''s contacts (its id).]:account:{__rapport_custom_complete ---completion contacts -- --account "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--json[Print JSON instead of a table.]'
        '--archived[Include archived contacts, and the contacts of archived accounts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_drift() {
    local -i ret=1
    local -ar ___fail_on=('cooling' 'drifting' 'neglected')
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--owner[Only the accounts of this owner (case ignored).]:owner:{__rapport_custom_complete ---completion drift -- --owner "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--mine[Only my accounts\: me in config.toml, else $RAPPORT_USER, git'\''s user.name, the login name.]'
        '--json[Print JSON instead of text.]'
        '--archived[Include archived accounts (they never count for --fail-on).]'
        '--fail-on[Exit with status 1 when an account is at this status or worse\: cooling, drifting or neglected.]:fail-on:{__rapport_complete "${___fail_on[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_check() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_init() {
    local -i ret=1
    local -ar arg_specs=(
        ':path:_files -/'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_keys() {
    local -i ret=1
    local -ar arg_specs=(
        '--markdown[Print Markdown tables, as in the README.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_add() {
    local -i ret=1
    local -ar _type=('deposit' 'withdrawal' 'favour-given' 'favour-asked')
    local -ar arg_specs=(
        ':type:{__rapport_complete "${_type[@]}"}'
        ':target:{__rapport_custom_complete ---completion add -- positional@1 "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--kind[What happened, a lowercase word (default\: the type'\''s first kind, listed below).]:kind:{__rapport_custom_complete ---completion add -- --kind "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--weight[How much it counts, e.g. 3 or 1.5 (at most 100).]:weight:'
        '--date[When\: today (the default), yesterday, -3d, or YYYY-MM-DD.]:date:'
        '--note[A note, in your own words.]:note:'
        '--for-career[Done for the contact'\''s career (tagged for\:career)\: a deposit or a favour given, for account/contact.]'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_void() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--reason[Why, in a few words.]:reason:'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_correct() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--target[Another account, or account/contact.]:target:{__rapport_custom_complete ---completion correct -- --target "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--kind[Another kind.]:kind:'
        '--weight[Another weight, e.g. 3 or 1.5 (signed for the type).]:weight:'
        '--date[Another day\: today, yesterday, -3d, or YYYY-MM-DD.]:date:'
        '--note[Another note.]:note:'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_promise() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'add:Make a promise and print its id.'
            'keep:Keep a promise: close it and record a promise-kept deposit (+2) linked to it.'
            'miss:Mark a promise missed: close it and record a missed-promise withdrawal (-3).'
            'drop:Drop a promise that no longer needs keeping; no event is recorded.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        add|keep|miss|drop)
            "_rapport_promise_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_rapport_promise_add() {
    local -i ret=1
    local -ar arg_specs=(
        ':target:{__rapport_custom_complete ---completion promise add -- positional@0 "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        ':what:'
        '--due[When it is due\: YYYY-MM-DD, today, tomorrow, +7d, +2w or a weekday such as fri.]:due:'
        '--by[Who made it (a name or initials).]:by:'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_promise_keep() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--note[A note on the kept line\: how it was kept.]:note:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_promise_miss() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--note[A note on the missed line\: what happened.]:note:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_promise_drop() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--reason[Why it was dropped.]:reason:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_promises() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--overdue[Only the open promises past their due day.]'
        '--account[Only this account'\''s promises (its id).]:account:{__rapport_custom_complete ---completion promises -- --account "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--all[Closed promises too\: kept, missed and dropped.]'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_plan() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        ':account:{__rapport_custom_complete ---completion plan -- positional@0 "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--json[Print JSON instead of text.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_agenda() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--owner[Only the accounts of this owner (case ignored).]:owner:{__rapport_custom_complete ---completion agenda -- --owner "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--mine[Only my accounts\: me in config.toml, else $RAPPORT_USER, git'\''s user.name, the login name.]'
        '--days[How many days ahead, today included (1 to 366).]:days:'
        '--json[Print JSON instead of text.]'
        '--archived[Include archived accounts and contacts.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_archive() {
    local -i ret=1
    local -ar arg_specs=(
        ':target:{__rapport_custom_complete ---completion archive -- positional@0 "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--reason[Why it is archived, on one line.]:reason:'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_unarchive() {
    local -i ret=1
    local -ar arg_specs=(
        ':target:{__rapport_custom_complete ---completion unarchive -- positional@0 "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_forget() {
    local -i ret=1
    local -ar arg_specs=(
        ':contact:{__rapport_custom_complete ---completion forget -- positional@0 "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--yes[Really forget them; without it nothing is changed.]'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_whoami() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store whose git user.name counts (default\: the default store).]:store:_files -/'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_brief() {
    local -i ret=1
    local -ar ___format=('text' 'markdown')
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        ':account:{__rapport_custom_complete ---completion brief -- positional@0 "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--owner[Only the accounts of this owner (case ignored).]:owner:{__rapport_custom_complete ---completion brief -- --owner "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--mine[Only my accounts\: me in config.toml, else $RAPPORT_USER, git'\''s user.name, the login name.]'
        '--format[text or markdown.]:format:{__rapport_complete "${___format[@]}"}'
        '--personal[Include personal notes\: the notes of events with a person, and contacts'\'' personal notes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_export() {
    local -i ret=1
    local -ar ___format=('csv' 'json' 'hledger')
    local -ar ___what=('events' 'accounts' 'contacts')
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--format[csv, json or hledger.]:format:{__rapport_complete "${___format[@]}"}'
        '--what[events, accounts or contacts (hledger\: events only).]:what:{__rapport_complete "${___what[@]}"}'
        '--account[Only this account'\''s events, record or contacts (its id).]:account:{__rapport_custom_complete ---completion export -- --account "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--since[Only events from this day on\: YYYY-MM-DD, yesterday, or thirty days back as --since=-30d.]:since:'
        '--personal[Include personal notes\: the notes of events with a person, and contacts'\'' personal notes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_import() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'csv:Import events from a CSV file with a header row.'
            'vcard:Import contacts from a vCard file (3.0 or 4.0, as address books export them).'
            'ics:Log past meetings from an iCalendar file as check-ins with the contacts who attended.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        csv|vcard|ics)
            "_rapport_import_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_rapport_import_csv() {
    local -i ret=1
    local -ar arg_specs=(
        ':file:_files -g '\''*.csv'\'''
        '--dry-run[Say what would be imported, and write nothing.]'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_import_vcard() {
    local -i ret=1
    local -ar arg_specs=(
        ':file:_files -g '\''*.vcf *.vcard'\'''
        '--account[Put every card'\''s contact in this account, whatever its ORG.]:account:{__rapport_custom_complete ---completion import vcard -- --account "${current_word_index}" "$(__rapport_cursor_index_in_current_word)"}'
        '--create-accounts[Create an account (tier C) for an ORG that matches none.]'
        '--dry-run[Say what would be imported, and write nothing.]'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_import_ics() {
    local -i ret=1
    local -ar arg_specs=(
        ':file:_files -g '\''*.ics'\'''
        '--since[Only meetings on or after this day\: YYYY-MM-DD, yesterday, -30d.]:since:'
        '--dry-run[Say what would be imported, and write nothing.]'
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_sync() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder, made by '\''rapport init'\'' (default\: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).]:store:_files -/'
        '--demo[Open a fresh, writable copy of the demo store in a temporary folder.]'
        '*--ours[Settle a conflict with this clone'\''s value\: RECORD.FIELD (jane.role).]:key:'
        '*--theirs[Settle a conflict with the remote'\''s value\: RECORD.FIELD (jane.role).]:key:'
        '--json[Print JSON instead of sentences.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rapport_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _rapport ]]; then
    _rapport "${@}"
else
    compdef _rapport rapport
fi
