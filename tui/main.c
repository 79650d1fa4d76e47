/* SPDX-FileCopyrightText: 2026 The haven authors
   SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: haven's entry point: options, locale, loading the guide, choosing the mode.
   Only this file decides to exit. */
#include <config.h>
#include "paths.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "config_file.h"
#include "diag.h"
#include "dump.h"
#include "guide_set.h"
#include "i18n.h"
#include "lang.h"
#include "linear.h"
#include "nav.h"
#include "output.h"
#include "panic.h"
#include "screen.h"
#include "settings.h"
#include "states.h"
#include "text.h"
#include "ui_lang.h"
#include "xalloc.h"

enum exit_status {
	EXIT_OK = 0,
	EXIT_PROBLEMS = 1,	/* the guide or config has problems */
	EXIT_USAGE = 2
};

enum command { COMMAND_READ, COMMAND_CHECK, COMMAND_DUMP, COMMAND_HELP, COMMAND_VERSION };

struct options {
	enum command command;
	const char *guide_dir;
	const char *config_file;	/* NULL: the default place, if it exists */
	const char *lang;
	int width;			/* -1: not given */
	int linear;
	int say_digits;
	const char *state;		/* --state CODE; NULL: not given */
};

static void
print_help(void)
{
	printf(_("Usage: %s [OPTION]...\n"), PACKAGE);
	fputs(_("A guide to ending a US restraining order (protective order), for the\n"
	    "person who asked for it and the person it restrains. General information,\n"
	    "not legal advice.\n\n"), stdout);
	fputs(_("Quick exit: press x or Esc at any time (a config may add or move its\n"
	    "keys, never remove them all). The guide vanishes from the screen and haven\n"
	    "ends at once. Safety (911 and hotlines): press 0 on any page. Sources for\n"
	    "a page: press c.\n\n"), stdout);
	fputs(_("Options:\n"
	    "  -g, --guide=DIR     read the guide from DIR (a language folder, or a folder\n"
	    "                      of language folders such as en/ and es/)\n"
	    "  -l, --linear        plain text, one page at a time, for screen readers and\n"
	    "                      braille displays (also when TERM is dumb or unset)\n"
	    "      --lang=CODE     language of the guide, for example en or es\n"
	    "  -c, --config=FILE   read settings from FILE (default:\n"
	    "                      $XDG_CONFIG_HOME/haven/config.ini); never written\n"
	    "      --check[=DIR]   check the guide (or DIR) for problems and exit\n"
	    "      --dump          print the whole guide as plain text and exit\n"
	    "  -w, --width=N       wrap linear and --dump text at N columns (0: do not wrap)\n"
	    "  -d, --say-digits    write phone numbers digit by digit (9 1 1), so a speech\n"
	    "                      synthesizer does not say them as amounts\n"
	    "      --state=CODE    the state whose rules to show, such as MI (kept in\n"
	    "                      memory only; the reader may choose another)\n"
	    "  -h, --help          show this help and exit\n"
	    "  -V, --version       show version information and exit\n\n"), stdout);
	printf(_("The guide is read from %s unless --guide is given.\n"), GUIDEDIR);
	fputs(_("Exit status: 0 if all is well, 1 if the guide has problems,\n"
	    "2 for a usage or config error.\n"), stdout);
	/* The address lines come from configure.ac's AC_INIT; without a public
	   site they are left out rather than invented. */
	if (PACKAGE_BUGREPORT[0] != '\0')
		printf(_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
	if (PACKAGE_URL[0] != '\0')
		printf(_("%s home page: <%s>\n"), PACKAGE, PACKAGE_URL);
}

static void
print_version(void)
{
	printf("%s %s\n", PACKAGE, VERSION);
	/* As GNU programs print it; "(C)" may be translated as the copyright sign. */
	printf("Copyright %s 2026 The haven authors.\n", _("(C)"));
	fputs(_("License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>.\n"
	    "The guide's text: CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>.\n"
	    "This is free software: you are free to change and redistribute it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n"
	    "This guide is general information, not legal advice.\n"), stdout);
}

static int
parse_width(const char *text, int *width)
{
	char *end;
	long value;

	errno = 0;
	value = strtol(text, &end, 10);
	if (errno != 0 || end == text || *end != '\0' || value < 0 || value > 10000)
		return -1;
	*width = (int)value;
	return 0;
}

static int
usage_error(const char *message)
{
	fprintf(stderr, "%s: %s\n", PACKAGE, message);
	fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
	return EXIT_USAGE;
}

static int
parse_options(int argc, char **argv, struct options *o)
{
	enum { OPTION_CHECK = CHAR_MAX + 1, OPTION_DUMP, OPTION_LANG, OPTION_STATE };
	static const struct option longopts[] = {
		{ "guide", required_argument, NULL, 'g' },
		{ "config", required_argument, NULL, 'c' },
		{ "lang", required_argument, NULL, OPTION_LANG },
		{ "check", optional_argument, NULL, OPTION_CHECK },
		{ "dump", no_argument, NULL, OPTION_DUMP },
		{ "width", required_argument, NULL, 'w' },
		{ "linear", no_argument, NULL, 'l' },
		{ "say-digits", no_argument, NULL, 'd' },
		{ "state", required_argument, NULL, OPTION_STATE },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "g:c:w:ldhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'g': o->guide_dir = optarg; break;
		case 'c': o->config_file = optarg; break;
		case OPTION_LANG: o->lang = optarg; break;
		case OPTION_STATE: o->state = optarg; break;
		case OPTION_CHECK:
			/* --check=DIR, as GNU writes an optional argument; --check DIR,
			   a separate word, is taken below. */
			o->command = COMMAND_CHECK;
			if (optarg != NULL)
				o->guide_dir = optarg;
			break;
		case OPTION_DUMP: o->command = COMMAND_DUMP; break;
		case 'l': o->linear = 1; break;
		case 'd': o->say_digits = 1; break;
		case 'h': o->command = COMMAND_HELP; break;
		case 'V': o->command = COMMAND_VERSION; break;
		case 'w':
			if (parse_width(optarg, &o->width) != 0)
				return usage_error(_("invalid width: give a number from 0 to 10000"));
			break;
		default:
			fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
			return EXIT_USAGE;
		}
	}
	if (o->command == COMMAND_CHECK && optind < argc)
		o->guide_dir = argv[optind++];
	if (optind < argc)
		return usage_error(_("unexpected argument (see --help)"));
	return EXIT_OK;
}

static void
print_diags(const struct diag_list *diags)
{
	for (size_t i = 0; i < diags->count; i++)
		fprintf(stderr, "%s\n", diags->items[i]);
}

static int
run_check(const struct guide_set *set, const char *raw_dir, const struct diag_list *diags)
{
	size_t pages = 0, words = 0;
	char *dir = text_escape(raw_dir);

	print_diags(diags);
	print_diags(&set->warnings);	/* worth a look, never a failure */
	if (diags->count > 0) {
		fprintf(stderr, ngettext("%s: %zu problem found\n", "%s: %zu problems found\n",
		    diags->count), dir, diags->count);
		free(dir);
		return EXIT_PROBLEMS;
	}
	for (size_t i = 0; i < set->count; i++) {
		pages += set->guides[i]->page_count;
		words += guide_word_count(set->guides[i]);
	}
	printf(_("%s: OK: %zu pages, %zu words, languages:"), dir, pages, words);
	for (size_t i = 0; i < set->count; i++)
		printf(" %s", set->guides[i]->lang);
	if (set->count > 0 && set->guides[0]->states != NULL)
		printf(ngettext("; %zu state", "; %zu states", set->guides[0]->states->count),
		    set->guides[0]->states->count);
	printf("\n");
	free(dir);
	return EXIT_OK;
}

/* The reader's locale, from the environment: only the two parts haven uses, the
   character set (LC_CTYPE: ncursesw, the terminal's charset) and LC_MESSAGES
   (gettext). haven formats no numbers, dates or money, and sorts nothing by the
   locale; loading those parts too would cost each start about 50 system calls.
   Over SSH the client may name a locale this server lacks (en_GB.UTF-8): its
   terminal still speaks UTF-8, so keep that much rather than fall back to ASCII.
   The value is only looked at, never used as a name to load. */
static void
locale_init(void)
{
	const char *names[] = { "LC_ALL", "LC_CTYPE", "LANG" };

	setlocale(LC_MESSAGES, "");
	if (setlocale(LC_CTYPE, "") != NULL)
		return;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		const char *value = getenv(names[i]);
		if (value == NULL || *value == '\0')
			continue;
		if (strcasestr(value, "utf-8") != NULL || strcasestr(value, "utf8") != NULL)
			setlocale(LC_CTYPE, "C.UTF-8");
		return;
	}
}

/* The reader's own config: $XDG_CONFIG_HOME/haven/config.ini, else
   ~/.config/haven/config.ini; NULL if neither variable gives an absolute path. */
static char *
user_config_path(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg != NULL && xdg[0] == '/')
		return xasprintf("%s/haven/config.ini", xdg);
	if (home != NULL && home[0] == '/')
		return xasprintf("%s/.config/haven/config.ini", home);
	return NULL;
}

/* The deployment's config: haven/config.ini in the first folder of
   $XDG_CONFIG_DIRS (by default /etc/xdg) that has one. Relative entries are
   skipped, as the XDG Base Directory spec asks. NULL: none. */
static char *
system_config_path(void)
{
	const char *dirs = getenv("XDG_CONFIG_DIRS");

	if (dirs == NULL || *dirs == '\0')
		dirs = "/etc/xdg";
	while (*dirs != '\0') {
		size_t length = strcspn(dirs, ":");
		if (dirs[0] == '/') {
			char *path = xasprintf("%.*s/haven/config.ini", (int)length, dirs);
			if (access(path, F_OK) == 0)
				return path;
			free(path);
		}
		dirs += length;
		dirs += *dirs == ':';
	}
	return NULL;
}

/* The reader's config when there is one, else the deployment's. */
static char *
default_config_path(void)
{
	char *path = user_config_path();

	if (path != NULL && access(path, F_OK) == 0)
		return path;
	free(path);
	return system_config_path();
}

static int
load_settings(struct settings *settings, const struct options *o)
{
	struct diag_list diags;
	char *path = o->config_file ? xstrdup(o->config_file) : default_config_path();
	int status = EXIT_OK;

	diag_init(&diags);
	if (path != NULL && config_load(settings, path, o->config_file != NULL, &diags) > 0) {
		print_diags(&diags);
		status = EXIT_USAGE;
	}
	if (o->width >= 0)
		settings->width = o->width;
	if (o->linear)
		settings->mode = MODE_LINEAR;
	if (o->say_digits)
		settings->say_digits = 1;
	if (o->state != NULL && settings_state_code(o->state, settings->state) != 0) {
		char *given = text_escape(o->state);
		fprintf(stderr, _("%s: unknown state '%s': give the two-letter code of a US "
		    "state, DC or PR, such as MI\n"), PACKAGE, given);
		fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
		free(given);
		status = EXIT_USAGE;
	}
	diag_free(&diags);
	free(path);
	return status;
}

static size_t
choose_language(const struct guide_set *set, const struct options *o, const char *config)
{
	const char *environment[4] = { getenv("LANGUAGE"), getenv("LC_ALL"),
		getenv("LC_MESSAGES"), getenv("LANG") };

	return lang_choose(set, o->lang, config, environment);
}

static int
run_dump(const struct guide_set *set, size_t lang, const struct options *o,
    const struct settings *settings)
{
	const struct guide *guide = set->guides[lang];

	ui_lang_set(guide->lang);
	const struct state *state = NULL;

	if (settings->state[0] != '\0' && guide->states != NULL)
		state = &guide->states->states[states_find(guide->states, settings->state)];
	return dump_guide(stdout, guide, o->width < 0 ? 72 : o->width, &settings->keys,
	    settings->say_digits, state) == 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/* Linear mode when asked, or when the terminal cannot be a screen (TERM dumb or
   unset); full screen otherwise, falling back to linear if it cannot start. */
static int
read_guide(struct guide_set *set, size_t lang, const struct settings *settings)
{
	const char *term = getenv("TERM");
	struct nav nav;
	int status = EXIT_OK;

	nav_init(&nav, set, lang);
	if (settings->state[0] != '\0')
		nav_choose_state(&nav, settings->state);	/* (checked at start) */
	ui_lang_set(nav_guide(&nav)->lang);
	panic_install_signals();
	if (settings->mode == MODE_LINEAR || term == NULL || *term == '\0' ||
	    strcmp(term, "dumb") == 0 || screen_run(&nav, settings) == SCREEN_UNAVAILABLE)
		status = linear_run(&nav, settings) == 0 ? EXIT_OK : EXIT_PROBLEMS;
	nav_free(&nav);
	return status;
}

/* Like GNU's close_stdout: output that could not be written is an error, not a
   silent success. */
static int
finish_output(int status)
{
	int failed = fflush(stdout) != 0 || ferror(stdout);

	if (fclose(stdout) != 0)
		failed = 1;
	if (failed && status != EXIT_USAGE) {
		fprintf(stderr, "%s: %s: %s\n", PACKAGE, _("write error"),
		    errno != 0 ? strerror(errno) : _("output failed"));
		return EXIT_PROBLEMS;
	}
	return status;
}

/* The date the checker compares "checked" dates with: today, or HAVEN_TODAY
   (YYYY-MM-DD) when a test or an editor planning ahead sets it. */
static const char *
check_date(void)
{
	static char today[48];
	const char *given = getenv("HAVEN_TODAY");
	time_t now = time(NULL);
	/* (UTC, by hand: a day either way does not matter to "a year ago", and
	   localtime or strftime would read the time zone files) */
	struct tm *utc = gmtime(&now);

	if (given != NULL && text_is_date(given))
		return given;
	if (utc == NULL)
		return NULL;
	snprintf(today, sizeof today, "%04d-%02d-%02d", utc->tm_year + 1900, utc->tm_mon + 1,
	    utc->tm_mday);
	return today;
}

/* How every command reads the guide: haven's placeholders, the config's links. */
static struct guide_options
guide_options_for(const struct settings *settings, int checking)
{
	struct guide_options options = { keys_placeholder_names(), settings->allow_symlinks,
		checking ? check_date() : NULL, checking, settings->say_digits, NULL };

	return options;
}

/* A state preset by --state or the config: its file must be there (its code was
   checked when read). A reader is not shown the checker's words; --dump is. */
static int
preset_state(struct guide_set *set, size_t lang, const struct options *o,
    const struct settings *settings, struct diag_list *diags)
{
	const struct state_list *list = guide_set_states(set, lang, diags);

	if (list == NULL && o->command == COMMAND_DUMP) {
		print_diags(diags);
		return EXIT_PROBLEMS;
	}
	if (list != NULL && states_find(list, settings->state) == GUIDE_NONE) {
		fprintf(stderr, _("%s: this guide has no rules for the state '%s'\n"), PACKAGE,
		    settings->state);
		return EXIT_USAGE;
	}
	diag_clear(diags);	/* broken state files: the guide still works without them */
	return EXIT_OK;
}

/* A reader gets one language, loaded alone: the others load when L asks for them. */
static int
read_or_dump(struct guide_set *set, const struct options *o, const struct settings *settings,
    struct diag_list *diags)
{
	struct guide_options options = guide_options_for(settings, o->command == COMMAND_DUMP);
	size_t lang = 0;
	int status;
	/* The guide is read from where its folder is now: a deployer who switches a
	   symbolic link to a new version never mixes versions inside one session (the
	   other language and the states load later, from this same folder). */
	char *real = realpath(o->guide_dir, NULL);

	status = guide_set_open(set, real != NULL ? real : o->guide_dir, &options, diags);
	free(real);
	if (status == 0) {
		set->charset = output_charset();
		lang = choose_language(set, o, o->command == COMMAND_DUMP ? NULL : settings->lang);
		guide_set_get(set, lang, diags);
	}
	if (diags->count > 0 && o->command == COMMAND_DUMP) {
		/* --dump is an editor's tool: the editor gets every problem. */
		char *dir = text_escape(o->guide_dir);
		print_diags(diags);
		fprintf(stderr, _("%s: the guide has problems; run '%s --check %s'\n"), PACKAGE,
		    PACKAGE, dir);
		free(dir);
		return EXIT_PROBLEMS;
	}
	if (diags->count == 0 && settings->state[0] != '\0' &&
	    (status = preset_state(set, lang, o, settings, diags)) != EXIT_OK)
		return status;
	if (diags->count > 0) {
		/* The person at the terminal may be a stranger in danger, not the
		   guide's editor: no file names or checker messages, one plain
		   sentence and where to get help. The editor runs --check. */
		fputs(_("This guide cannot be shown right now. Please tell whoever runs this "
		    "computer (haven --check shows them why). In danger? Call 911.\n"), stderr);
		return EXIT_PROBLEMS;
	}
	if (o->command == COMMAND_DUMP)
		return run_dump(set, lang, o, settings);
	return read_guide(set, lang, settings);
}

/* What the options ask for: help, the version, a check, a dump or reading. */
static int
run_command(struct options *o, struct settings *settings)
{
	struct diag_list diags;
	struct guide_set set;
	int status;

	if (o->command == COMMAND_HELP) {
		print_help();
		return EXIT_OK;
	}
	if (o->command == COMMAND_VERSION) {
		print_version();
		return EXIT_OK;
	}
	diag_init(&diags);
	if (o->command == COMMAND_CHECK) {
		struct guide_options options = guide_options_for(settings, 1);
		guide_set_load(&set, o->guide_dir, &options, &diags);
		status = run_check(&set, o->guide_dir, &diags);
	} else {
		status = read_or_dump(&set, o, settings, &diags);
	}
	guide_set_free(&set);
	diag_free(&diags);
	return status;
}

int
main(int argc, char **argv)
{
	struct options options = { COMMAND_READ, GUIDEDIR, NULL, NULL, -1, 0, 0, NULL };
	struct settings settings;
	int status;

	panic_forbid_core_dumps();
	locale_init();
	bindtextdomain(PACKAGE, LOCALEDIR);
	/* All text inside haven is UTF-8; output.c converts it for the terminal. */
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	output_init();
	settings_default(&settings);

	if ((status = parse_options(argc, argv, &options)) != EXIT_OK)
		return status;
	if (options.command != COMMAND_HELP && options.command != COMMAND_VERSION &&
	    (status = load_settings(&settings, &options)) != EXIT_OK)
		return status;
	status = run_command(&options, &settings);
	/* (reading writes to the terminal, and reports its own write errors) */
	return options.command == COMMAND_READ ? status : finish_output(status);
}
