#!/bin/bash

__rapport_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__rapport_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__rapport_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__rapport_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_rapport() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    dashboard|accounts|contacts|drift|check|init|keys|add|void|correct|promise|promises|plan|agenda|archive|unarchive|forget|whoami|brief|export|import|sync|help)
        # Offer subcommand argument completions
        "_rapport_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'dashboard accounts contacts drift check init keys add void correct promise promises plan agenda archive unarchive forget whoami brief export import sync help' -- "${cur}"))
        ;;
    esac
}

_rapport_dashboard() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --theme)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--theme')
        __rapport_add_completions -W 'dark'$'\n''high-contrast'$'\n''light'$'\n''monochrome'
        return
        ;;
    esac
}

_rapport_accounts() {
    repeating_flags=()
    non_repeating_flags=(--demo --mine --json --archived --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --owner)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--owner')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion accounts -- --owner "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_contacts() {
    repeating_flags=()
    non_repeating_flags=(--demo --json --archived --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --account)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--account')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion contacts -- --account "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_drift() {
    repeating_flags=()
    non_repeating_flags=(--demo --mine --json --archived --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --owner --fail-on)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--owner')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion drift -- --owner "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    '--fail-on')
        __rapport_add_completions -W 'cooling'$'\n''drifting'$'\n''neglected'
        return
        ;;
    esac
}

_rapport_check() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--store)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac
}

_rapport_init() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -d
        return
        ;;
    esac
}

_rapport_keys() {
    repeating_flags=()
    non_repeating_flags=(--markdown --version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0
}

_rapport_add() {
    repeating_flags=()
    non_repeating_flags=(--for-career --demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--kind --weight --date --note --store)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--kind')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion add -- --kind "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    '--weight')
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -W 'deposit'$'\n''withdrawal'$'\n''favour-given'$'\n''favour-asked'
        return
        ;;
    2)
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion add -- positional@1 "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_void() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac
}

_rapport_correct() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--target --kind --weight --date --note --store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--target')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion correct -- --target "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    '--kind')
        return
        ;;
    '--weight')
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac
}

_rapport_promise() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|keep|miss|drop)
        # Offer subcommand argument completions
        "_rapport_promise_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add keep miss drop' -- "${cur}"))
        ;;
    esac
}

_rapport_promise_add() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--due --by --store)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--due')
        return
        ;;
    '--by')
        return
        ;;
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion promise add -- positional@0 "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_promise_keep() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --note)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_rapport_promise_miss() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --note)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_rapport_promise_drop() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --reason)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--reason')
        return
        ;;
    esac
}

_rapport_promises() {
    repeating_flags=()
    non_repeating_flags=(--demo --overdue --all --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --account)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--account')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion promises -- --account "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_plan() {
    repeating_flags=()
    non_repeating_flags=(--demo --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion plan -- positional@0 "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_agenda() {
    repeating_flags=()
    non_repeating_flags=(--demo --mine --json --archived --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --owner --days)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--owner')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion agenda -- --owner "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    '--days')
        return
        ;;
    esac
}

_rapport_archive() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion archive -- positional@0 "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_unarchive() {
    repeating_flags=()
    non_repeating_flags=(--demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion unarchive -- positional@0 "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_forget() {
    repeating_flags=()
    non_repeating_flags=(--yes --demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion forget -- positional@0 "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_whoami() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--store)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac
}

_rapport_brief() {
    repeating_flags=()
    non_repeating_flags=(--demo --mine --personal --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --owner --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--owner')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion brief -- --owner "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    '--format')
        __rapport_add_completions -W 'text'$'\n''markdown'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion brief -- positional@0 "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_rapport_export() {
    repeating_flags=()
    non_repeating_flags=(--demo --personal --version -h --help)
    repeating_options=()
    non_repeating_options=(--store --format --what --account --since)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--format')
        __rapport_add_completions -W 'csv'$'\n''json'$'\n''hledger'
        return
        ;;
    '--what')
        __rapport_add_completions -W 'events'$'\n''accounts'$'\n''contacts'
        return
        ;;
    '--account')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion export -- --account "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    '--since')
        return
        ;;
    esac
}

_rapport_import() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    csv|vcard|ics)
        # Offer subcommand argument completions
        "_rapport_import_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'csv vcard ics' -- "${cur}"))
        ;;
    esac
}

_rapport_import_csv() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -o plusdirs -fX '!*.@(csv)'
        return
        ;;
    esac
}

_rapport_import_vcard() {
    repeating_flags=()
    non_repeating_flags=(--create-accounts --dry-run --demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--account --store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--account')
        __rapport_add_completions -W "$(__rapport_custom_complete ---completion import vcard -- --account "${COMP_CWORD}" "$(__rapport_cursor_index_in_current_word)")"
        return
        ;;
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -o plusdirs -fX '!*.@(vcf|vcard)'
        return
        ;;
    esac
}

_rapport_import_ics() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --demo --version -h --help)
    repeating_options=()
    non_repeating_options=(--since --store)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--since')
        return
        ;;
    '--store')
        __rapport_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __rapport_add_completions -o plusdirs -fX '!*.@(ics)'
        return
        ;;
    esac
}

_rapport_sync() {
    repeating_flags=()
    non_repeating_flags=(--demo --json --version -h --help)
    repeating_options=(--ours --theirs)
    non_repeating_options=(--store)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--store')
        __rapport_add_completions -d
        return
        ;;
    '--ours')
        return
        ;;
    '--theirs')
        return
        ;;
    esac
}

_rapport_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options -1
}

complete -o filenames -F _rapport rapport
