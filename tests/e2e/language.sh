#!/bin/sh
# language.sh: language choice and charsets, as the reader sees them. LANG=es_US.UTF-8
# shows the Spanish start page; L on a deep page shows the same page in English;
# LANG=C and LANG=en_US.ISO-8859-1 show the Spanish guide transliterated or in
# Latin-1, never as UTF-8 mojibake.
. "$(dirname "$0")/lib.sh"
need_tmux

ES_START="Cómo poner fin a una orden de restricción"
ES_DEEP="Pedir a la corte que cambie la orden o le ponga fin"
EN_DEEP="Ask the court to change or end it"

start_session 80 24 env LANG=es_US.UTF-8 LC_ALL= "$HAVEN" --guide "$GUIDE"
wait_for "$ES_START" && ok "LANG=es_US.UTF-8 shows the Spanish start page"
keys 2
wait_for "Una orden en su contra" || true
keys 2
wait_for "$ES_DEEP" && ok "a deep page in Spanish"
keys L
wait_for "$EN_DEEP" && ok "L shows the same page in English"
keys L
wait_for "$ES_DEEP" && ok "L again: back to Spanish, same page"

# LANG=C: plain ASCII on screen, accents dropped, not mangled.
start_session 80 24 env LANG=C LC_ALL= "$HAVEN" --guide "$GUIDE" --lang es
wait_for "Como poner fin a una orden de restriccion" &&
    ok "LANG=C: the Spanish start page, transliterated"
if capture | LC_ALL=C grep -q '[^ -~]'; then
	fail "LANG=C: a byte above 0x7f on screen"
else
	ok "LANG=C: no byte above 0x7f on screen"
fi

# Latin-1: the text leaves haven in ISO-8859-1 ("ó" is one byte, 0xf3), so it is
# valid for that charset and not UTF-8.
if locale -a 2>/dev/null | grep -qi '^en_US\.iso88591$'; then
	out=$(printf 'q\n' | env LANG=en_US.ISO-8859-1 LC_ALL= "$HAVEN" --guide "$GUIDE" --lang es \
	    --linear | od -An -tx1 | tr -d ' \n')
	case $out in
	*f3*) ok "ISO-8859-1: 'ó' written as the byte 0xf3" ;;
	*) fail "ISO-8859-1: no 0xf3 byte for 'ó'" ;;
	esac
	case $out in
	*c3b3*) fail "ISO-8859-1: UTF-8 'ó' (c3 b3) written to a Latin-1 terminal" ;;
	*) ok "ISO-8859-1: no UTF-8 sequences" ;;
	esac
else
	skip "ISO-8859-1 leg: the en_US.ISO-8859-1 locale is not installed (.ci/install-deps makes it)"
fi
finish
