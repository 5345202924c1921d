function __rapport_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __rapport_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __rapport_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __rapport_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __rapport_parse_tokens -S
    set -l unparsed_tokens (__rapport_tokens -pc)
    switch $unparsed_tokens[1]
    case 'rapport'
        __rapport_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'dashboard'
            __rapport_parse_subcommand -r 1 'store=' 'demo' 'theme=' 'version' 'h/help'
        case 'accounts'
            __rapport_parse_subcommand 0 'store=' 'demo' 'owner=' 'mine' 'json' 'archived' 'version' 'h/help'
        case 'contacts'
            __rapport_parse_subcommand 0 'store=' 'demo' 'account=' 'json' 'archived' 'version' 'h/help'
        case 'drift'
            __rapport_parse_subcommand 0 'store=' 'demo' 'owner=' 'mine' 'json' 'archived' 'fail-on=' 'version' 'h/help'
        case 'check'
            __rapport_parse_subcommand 0 'store=' 'demo' 'version' 'h/help'
        case 'init'
            __rapport_parse_subcommand 1 'version' 'h/help'
        case 'keys'
            __rapport_parse_subcommand 0 'markdown' 'version' 'h/help'
        case 'add'
            __rapport_parse_subcommand 2 'kind=' 'weight=' 'date=' 'note=' 'for-career' 'store=' 'demo' 'version' 'h/help'
        case 'void'
            __rapport_parse_subcommand 1 'reason=' 'store=' 'demo' 'version' 'h/help'
        case 'correct'
            __rapport_parse_subcommand 1 'target=' 'kind=' 'weight=' 'date=' 'note=' 'store=' 'demo' 'version' 'h/help'
        case 'promise'
            __rapport_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __rapport_parse_subcommand 2 'due=' 'by=' 'store=' 'demo' 'version' 'h/help'
            case 'keep'
                __rapport_parse_subcommand 1 'store=' 'demo' 'note=' 'version' 'h/help'
            case 'miss'
                __rapport_parse_subcommand 1 'store=' 'demo' 'note=' 'version' 'h/help'
            case 'drop'
                __rapport_parse_subcommand 1 'store=' 'demo' 'reason=' 'version' 'h/help'
            end
        case 'promises'
            __rapport_parse_subcommand 0 'store=' 'demo' 'overdue' 'account=' 'all' 'json' 'version' 'h/help'
        case 'plan'
            __rapport_parse_subcommand 1 'store=' 'demo' 'json' 'version' 'h/help'
        case 'agenda'
            __rapport_parse_subcommand 0 'store=' 'demo' 'owner=' 'mine' 'days=' 'json' 'archived' 'version' 'h/help'
        case 'archive'
            __rapport_parse_subcommand 1 'reason=' 'store=' 'demo' 'version' 'h/help'
        case 'unarchive'
            __rapport_parse_subcommand 1 'store=' 'demo' 'version' 'h/help'
        case 'forget'
            __rapport_parse_subcommand 1 'yes' 'store=' 'demo' 'version' 'h/help'
        case 'whoami'
            __rapport_parse_subcommand 0 'store=' 'version' 'h/help'
        case 'brief'
            __rapport_parse_subcommand 1 'store=' 'demo' 'owner=' 'mine' 'format=' 'personal' 'version' 'h/help'
        case 'export'
            __rapport_parse_subcommand 0 'store=' 'demo' 'format=' 'what=' 'account=' 'since=' 'personal' 'version' 'h/help'
        case 'import'
            __rapport_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'csv'
                __rapport_parse_subcommand 1 'dry-run' 'store=' 'demo' 'version' 'h/help'
            case 'vcard'
                __rapport_parse_subcommand 1 'account=' 'create-accounts' 'dry-run' 'store=' 'demo' 'version' 'h/help'
            case 'ics'
                __rapport_parse_subcommand 1 'since=' 'dry-run' 'store=' 'demo' 'version' 'h/help'
            end
        case 'sync'
            __rapport_parse_subcommand 0 'store=' 'demo' 'ours=+' 'theirs=+' 'json' 'version' 'h/help'
        case 'help'
            __rapport_parse_subcommand -r 1 'version'
        end
    end
end

function __rapport_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __rapport_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __rapport_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __rapport_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__rapport_tokens -p)
    if test -z "$(__rapport_tokens -t)"
        set -l index (count (__rapport_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'rapport' -f
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'dashboard' -d 'Open the dashboard (the default command).'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'accounts' -d 'List accounts with tier, equity, decayed equity and last touch.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'contacts' -d 'List contacts with role, flags, last touch and favours given and asked.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'drift' -d 'Rank accounts by drift after their win, with the reasons, for scripts and cron jobs.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'check' -d 'Check a store\'s files and print every problem as FILE:LINE:COLUMN: reason.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'init' -d 'Create an empty store (accounts.txt, contacts.txt, events.txt) in a folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'keys' -d 'List the dashboard\'s keys, mode by mode (the same list as ? inside the dashboard).'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'add' -d 'Record a deposit, withdrawal or favour, and print the new balance.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'void' -d 'Void an event: it stays in events.txt and no longer counts.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'correct' -d 'Correct an event: record it again with the changes given, and void the old one.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'promise' -d 'Make a promise to an account or contact, and keep, miss or drop it.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'promises' -d 'List the open promises, soonest due first, with how overdue each is.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'plan' -d 'Print an account\'s key account plan: objectives, initiatives and the review day.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'agenda' -d 'What is due in the next days, everything overdue first, by day.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'archive' -d 'Archive an account or a contact: kept with its history, left out of the lists.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'unarchive' -d 'Bring an archived account or contact back into the lists.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'forget' -d 'Forget a person: remove their record, and the names and notes of their events.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'whoami' -d 'Show the author Rapport writes on every line (by:NAME), and where it comes from.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'brief' -d 'Print an account\'s brief: facts, the year\'s story, culture, people, promises, plans, drift.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'export' -d 'Write events, accounts or contacts as CSV, JSON or an hledger journal.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'import' -d 'Import events from CSV, contacts from vCard, and meetings from iCalendar.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'sync' -d 'Share the store through its git repository: commit, pull, merge, check, push.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport dashboard" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport dashboard" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport dashboard" theme' -l 'theme' -d 'The colour theme: a name such as light, or a path to a .toml file.' -rfka 'dark high-contrast light monochrome'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport dashboard" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport dashboard" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport accounts" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport accounts" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport accounts" owner' -l 'owner' -d 'Only the accounts of this owner (case ignored).' -rfka '(__rapport_custom_completion ---completion accounts -- --owner (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport accounts" mine' -l 'mine' -d 'Only my accounts: me in config.toml, else $RAPPORT_USER, git\'s user.name, the login name.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport accounts" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport accounts" archived' -l 'archived' -d 'Include archived accounts, marked as such.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport accounts" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport accounts" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport contacts" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport contacts" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport contacts" account' -l 'account' -d 'Only this account\'s contacts (its id).' -rfka '(__rapport_custom_completion ---completion contacts -- --account (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport contacts" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport contacts" archived' -l 'archived' -d 'Include archived contacts, and the contacts of archived accounts.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport contacts" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport contacts" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" owner' -l 'owner' -d 'Only the accounts of this owner (case ignored).' -rfka '(__rapport_custom_completion ---completion drift -- --owner (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" mine' -l 'mine' -d 'Only my accounts: me in config.toml, else $RAPPORT_USER, git\'s user.name, the login name.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" archived' -l 'archived' -d 'Include archived accounts (they never count for --fail-on).'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" fail-on' -l 'fail-on' -d 'Exit with status 1 when an account is at this status or worse: cooling, drifting or neglected.' -rfka 'cooling drifting neglected'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport drift" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport check" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport check" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport check" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport init" -eq 1' -fa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport init" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport keys" markdown' -l 'markdown' -d 'Print Markdown tables, as in the README.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport keys" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport keys" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport add" -eq 1' -fka 'deposit withdrawal favour-given favour-asked'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport add" -eq 2' -fka '(__rapport_custom_completion ---completion add -- positional@1 (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" kind' -l 'kind' -d 'What happened, a lowercase word (default: the type\'s first kind, listed below).' -rfka '(__rapport_custom_completion ---completion add -- --kind (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" weight' -l 'weight' -d 'How much it counts, e.g. 3 or 1.5 (at most 100).' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" date' -l 'date' -d 'When: today (the default), yesterday, -3d, or YYYY-MM-DD.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" note' -l 'note' -d 'A note, in your own words.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" for-career' -l 'for-career' -d 'Done for the contact\'s career (tagged for:career): a deposit or a favour given, for account/contact.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport void" reason' -l 'reason' -d 'Why, in a few words.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport void" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport void" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport void" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport void" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" target' -l 'target' -d 'Another account, or account/contact.' -rfka '(__rapport_custom_completion ---completion correct -- --target (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" kind' -l 'kind' -d 'Another kind.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" weight' -l 'weight' -d 'Another weight, e.g. 3 or 1.5 (signed for the type).' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" date' -l 'date' -d 'Another day: today, yesterday, -3d, or YYYY-MM-DD.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" note' -l 'note' -d 'Another note.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport correct" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport promise" -eq 1' -fa 'add' -d 'Make a promise and print its id.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport promise" -eq 1' -fa 'keep' -d 'Keep a promise: close it and record a promise-kept deposit (+2) linked to it.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport promise" -eq 1' -fa 'miss' -d 'Mark a promise missed: close it and record a missed-promise withdrawal (-3).'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport promise" -eq 1' -fa 'drop' -d 'Drop a promise that no longer needs keeping; no event is recorded.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport promise add" -eq 1' -fka '(__rapport_custom_completion ---completion promise add -- positional@0 (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise add" due' -l 'due' -d 'When it is due: YYYY-MM-DD, today, tomorrow, +7d, +2w or a weekday such as fri.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise add" by' -l 'by' -d 'Who made it (a name or initials).' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise add" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise add" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise add" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise keep" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise keep" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise keep" note' -l 'note' -d 'A note on the kept line: how it was kept.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise keep" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise keep" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise miss" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise miss" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise miss" note' -l 'note' -d 'A note on the missed line: what happened.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise miss" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise miss" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise drop" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise drop" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise drop" reason' -l 'reason' -d 'Why it was dropped.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise drop" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promise drop" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promises" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promises" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promises" overdue' -l 'overdue' -d 'Only the open promises past their due day.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promises" account' -l 'account' -d 'Only this account\'s promises (its id).' -rfka '(__rapport_custom_completion ---completion promises -- --account (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promises" all' -l 'all' -d 'Closed promises too: kept, missed and dropped.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promises" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promises" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport promises" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport plan" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport plan" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport plan" -eq 1' -fka '(__rapport_custom_completion ---completion plan -- positional@0 (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport plan" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport plan" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" owner' -l 'owner' -d 'Only the accounts of this owner (case ignored).' -rfka '(__rapport_custom_completion ---completion agenda -- --owner (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" mine' -l 'mine' -d 'Only my accounts: me in config.toml, else $RAPPORT_USER, git\'s user.name, the login name.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" days' -l 'days' -d 'How many days ahead, today included (1 to 366).' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" archived' -l 'archived' -d 'Include archived accounts and contacts.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport agenda" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport archive" -eq 1' -fka '(__rapport_custom_completion ---completion archive -- positional@0 (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport archive" reason' -l 'reason' -d 'Why it is archived, on one line.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport archive" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport archive" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport archive" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport archive" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport unarchive" -eq 1' -fka '(__rapport_custom_completion ---completion unarchive -- positional@0 (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport unarchive" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport unarchive" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport unarchive" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport unarchive" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport forget" -eq 1' -fka '(__rapport_custom_completion ---completion forget -- positional@0 (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport forget" yes' -l 'yes' -d 'Really forget them; without it nothing is changed.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport forget" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport forget" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport forget" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport forget" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport whoami" store' -l 'store' -d 'The store whose git user.name counts (default: the default store).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport whoami" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport whoami" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport brief" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport brief" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport brief" -eq 1' -fka '(__rapport_custom_completion ---completion brief -- positional@0 (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport brief" owner' -l 'owner' -d 'Only the accounts of this owner (case ignored).' -rfka '(__rapport_custom_completion ---completion brief -- --owner (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport brief" mine' -l 'mine' -d 'Only my accounts: me in config.toml, else $RAPPORT_USER, git\'s user.name, the login name.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport brief" format' -l 'format' -d 'text or markdown.' -rfka 'text markdown'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport brief" personal' -l 'personal' -d 'Include personal notes: the notes of events with a person, and contacts\' personal notes.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport brief" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport brief" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" format' -l 'format' -d 'csv, json or hledger.' -rfka 'csv json hledger'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" what' -l 'what' -d 'events, accounts or contacts (hledger: events only).' -rfka 'events accounts contacts'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" account' -l 'account' -d 'Only this account\'s events, record or contacts (its id).' -rfka '(__rapport_custom_completion ---completion export -- --account (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" since' -l 'since' -d 'Only events from this day on: YYYY-MM-DD, yesterday, or thirty days back as --since=-30d.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" personal' -l 'personal' -d 'Include personal notes: the notes of events with a person, and contacts\' personal notes.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport import" -eq 1' -fa 'csv' -d 'Import events from a CSV file with a header row.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport import" -eq 1' -fa 'vcard' -d 'Import contacts from a vCard file (3.0 or 4.0, as address books export them).'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport import" -eq 1' -fa 'ics' -d 'Log past meetings from an iCalendar file as check-ins with the contacts who attended.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport import csv" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import csv" dry-run' -l 'dry-run' -d 'Say what would be imported, and write nothing.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import csv" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import csv" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import csv" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import csv" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport import vcard" -eq 1' -fa '(set -l exts \'vcf\' \'vcard\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import vcard" account' -l 'account' -d 'Put every card\'s contact in this account, whatever its ORG.' -rfka '(__rapport_custom_completion ---completion import vcard -- --account (count (__rapport_tokens -pc)) (__rapport_tokens -tC))'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import vcard" create-accounts' -l 'create-accounts' -d 'Create an account (tier C) for an ORG that matches none.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import vcard" dry-run' -l 'dry-run' -d 'Say what would be imported, and write nothing.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import vcard" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import vcard" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import vcard" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import vcard" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_positional "rapport import ics" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ics\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import ics" since' -l 'since' -d 'Only meetings on or after this day: YYYY-MM-DD, yesterday, -30d.' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import ics" dry-run' -l 'dry-run' -d 'Say what would be imported, and write nothing.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import ics" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import ics" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import ics" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport import ics" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport sync" store' -l 'store' -d 'The store folder, made by \'rapport init\' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).' -rfa '(__rapport_complete_directories)'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport sync" demo' -l 'demo' -d 'Open a fresh, writable copy of the demo store in a temporary folder.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport sync"' -l 'ours' -d 'Settle a conflict with this clone\'s value: RECORD.FIELD (jane.role).' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport sync"' -l 'theirs' -d 'Settle a conflict with the remote\'s value: RECORD.FIELD (jane.role).' -rfka ''
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport sync" json' -l 'json' -d 'Print JSON instead of sentences.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport sync" version' -l 'version' -d 'Show the version.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport sync" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rapport' -n '__rapport_should_offer_completions_for_flags_or_options "rapport help" version' -l 'version' -d 'Show the version.'
