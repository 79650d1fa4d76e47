#!/bin/sh
# SPDX-FileCopyrightText: 2026 The haven authors
# SPDX-License-Identifier: GPL-3.0-or-later
# language.sh: language choice and charsets, as the reader sees them. LANG=es_US.UTF-8
# shows the Spanish start page; L on a deep page shows the same page in English;
# LANG=C shows the Spanish guide transliterated, never as UTF-8 mojibake (Latin-1:
# latin1.sh).
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

finish
