# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# constants.sh: haven's words that the tests look for, each written once, here.
# Sourced by tests/lib/lib.sh; read by tests/lib/haven_pty.py, which parses this file
# itself (it does not run a shell). So every value stays in the form
#
#     NAME='value'
#
# on one line: single quotes, no variables, no quote inside. Comments and blank lines
# are allowed; anything else makes haven_pty.py refuse to load.

# shellcheck disable=SC2034  # (values for the scripts that source this file)

# Linear mode's prompt, as haven prints it (the space at the end included: tmux
# trims it from a captured screen, see PROMPT_SCREEN_RE in tmux.sh). An extended
# regular expression that grep -E, sed -E, awk and Python's re all read the same way:
# so no \d, no named groups, no lookaround. Its groups: 1, the "Choose ..." part
# (absent when the page has no choice); PROMPT_COUNT_GROUP, N of "Choose 1 to N"
# ("Choose 1-N" at 50 columns or less, with keys by their written names; absent
# when the page has one choice or none). every_page.py and linear.sh read them.
# When haven's prompt changes, this line is the one to change.
PROMPT_RE='^(Choose 1((-| to )([0-9]+))?, |Type a state.s name or code, or 1 to [0-9]+; )?b back, 0 safety, question mark help, .* quick exit: '
PROMPT_COUNT_GROUP='4'

# Linear mode in a terminal pauses a page taller than the screen with this prompt
# (its short form at 50 columns or less: "More: Enter. r top, x quick exit: ").
PAUSE_RE='^More: Enter( or Space)?\. .* quick exit: '

# Full screen's bottom line starts so at every width from 40 columns up; from 42
# columns it goes on with BOTTOM_BAR_HELP.
BOTTOM_BAR='x or Esc: quick exit. 0: safety.'
BOTTOM_BAR_HELP=' ?: help.'

# Distinctive words of the guide: none may survive a quick exit (screen or history).
GUIDE_WORDS='restraining court hearing Important petitioner respondent protected judge Hotline order'
