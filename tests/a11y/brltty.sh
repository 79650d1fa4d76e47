#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# brltty.sh: what a braille reader feels. BRLTTY 6.5 (Debian) with its Linux console
# screen driver reads haven, full screen, on a free virtual console (80x24, TERM=
# linux); its TTY braille driver writes a 40-cell, one-line display to a tmux pane,
# which the test reads back. Keys go to the console with TIOCSTI (vt_keys.py).
# Checked: after each of 6 Downs the braille window shows the selected choice; on a
# question page it shows the question; in help, after Down, a line with words;
# after x no guide text is left on the console
# or the display. SKIP, with the reason, without BRLTTY, a virtual console, root, or
# a kernel that lets TIOCSTI type keys.
. "$(dirname "$0")/lib.sh"
need_tmux
command -v brltty >/dev/null 2>&1 || skip_all "brltty is not installed (Debian package brltty)"
for tool in openvt chvt fgconsole deallocvt; do
	command -v $tool >/dev/null 2>&1 || skip_all "$tool is not installed (Debian package kbd)"
done
[ "$(id -u)" -eq 0 ] || skip_all "needs root (a virtual console of its own, TIOCSTI)"
[ -c /dev/tty0 ] && [ -c /dev/vcsa ] || skip_all "this machine has no virtual console (/dev/tty0, /dev/vcsa)"
[ "$(cat /proc/sys/dev/tty/legacy_tiocsti 2>/dev/null || echo 1)" = 1 ] ||
	skip_all "the kernel does not let TIOCSTI type keys (dev.tty.legacy_tiocsti=0)"
VT=$(fgconsole --next-available 2>/dev/null) && [ -n "$VT" ] ||
	skip_all "no free virtual console (fgconsole --next-available)"
WAS=$(fgconsole 2>/dev/null || echo 1)
BRL_PID=

cleanup_console() {
	[ -n "$BRL_PID" ] && kill "$BRL_PID" 2>/dev/null
	pkill -f "haven-on-vt$$" 2>/dev/null
	chvt "$WAS" 2>/dev/null
	deallocvt "$VT" 2>/dev/null
	return 0
}
at_exit cleanup_console

# The braille display: a 40x3 pane whose first row is the 40-cell window.
start_pane braille 40 3 sleep 600 || finish
PTS=$(t display -p -t braille '#{pane_tty}')
braille() {
	t capture-pane -p -t braille | head -n 1
}

# haven on the console, named so cleanup can find it.
printf '#!/bin/sh\n# haven-on-vt%s\nexec env TERM=linux LANG=C.UTF-8 "%s" --guide "%s"\n' \
    $$ "$HAVEN" "$GUIDE" >"$E2E_TMP/haven-on-vt$$"
chmod +x "$E2E_TMP/haven-on-vt$$"
stty -F "/dev/tty$VT" rows 24 cols 80 2>/dev/null
openvt -c "$VT" -f -- "$E2E_TMP/haven-on-vt$$" || skip_all "openvt -c $VT failed"
chvt "$VT" || skip_all "chvt $VT failed"
: >"$E2E_TMP/brltty.conf"
brltty -n -e -N -Z -f "$E2E_TMP/brltty.conf" -F "$E2E_TMP/brltty.prefs" \
    -W "$E2E_TMP/brltty-w" -P "$E2E_TMP/brltty.pid" -b tt -d "serial:$PTS" \
    -B columns=40,lines=1 -x lx -s no -l info -L "$E2E_TMP/brltty.log" \
    >"$E2E_TMP/brltty.out" 2>&1 &
BRL_PID=$!

page_facts || finish
printf '%s\n' "$PAGE_CHOICES" >"$E2E_TMP/choices"

# braille_is TEXT: the 40-cell window shows TEXT (cut to 40 cells), indent aside.
braille_is() {
	_want=$(printf '%s' "$1" | cut -c1-38)
	case $(braille | sed 's/^ *//') in
	"$_want"*) return 0 ;;
	esac
	return 1
}

# expect_braille TEXT CONTEXT
expect_braille() {
	if poll_until "$(seconds_ms 10)" braille_is "$1"; then
		ok "$2: the braille window shows \"$(braille | sed 's/^ *//')\""
	else
		fail "$2: the braille window shows \"$(braille)\", not \"$1\""
	fi
}

expect_braille "$(sed -n 1p "$E2E_TMP/choices")" "start page" || :
for k in 2 3 4 5 6 7; do
	"$A11Y_DIR/vt_keys.py" "/dev/tty$VT" Down
	expect_braille "$(sed -n "${k}p" "$E2E_TMP/choices")" "Down to choice $k"
done

# A question page: "Not sure? Answer a few questions", then "Start the questions".
"$A11Y_DIR/vt_keys.py" "/dev/tty$VT" 3
sleep 0.3
"$A11Y_DIR/vt_keys.py" "/dev/tty$VT" 1
expect_braille "Are you in danger now?" "a question page"

# Help, then Down: the window shows a line with words, never an empty one.
braille_has_words() {
	braille | grep -q '[A-Za-z]'
}
"$A11Y_DIR/vt_keys.py" "/dev/tty$VT" '?'
expect_braille "Help: keys" "help"
"$A11Y_DIR/vt_keys.py" "/dev/tty$VT" Down
sleep 0.5
if poll_until "$(seconds_ms 10)" braille_has_words; then
	ok "help, Down: the braille window shows \"$(braille | sed 's/^ *//')\""
else
	fail "help, Down: the braille window is empty"
fi

"$A11Y_DIR/vt_keys.py" "/dev/tty$VT" x
poll_until "$(seconds_ms)" not pgrep -f "haven-on-vt$$" ||
	fail "x did not end haven on the console"
console=$(cat "/dev/vcs$VT" 2>/dev/null | tr -s ' ')
assert_no_guide_words "after x, the console" "$console" &&
	ok "after x, no guide text on the console"
sleep 1.5
assert_no_guide_words "after x, the braille window" "$(braille)" &&
	ok "after x, the braille window holds no guide text: \"$(braille)\""
finish
