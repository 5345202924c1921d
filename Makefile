# make install [PREFIX=~/.local]    build the release binary and install it in PREFIX/bin,
#                                   with its man page and shell completions for bash, zsh and fish
# make uninstall [PREFIX=~/.local]  remove what install put there
# make generated                    write completions/ and docs/man/rapport.1 again from the
#                                   command definitions (a test fails while they are stale)
# BINARY=path installs an already-built binary instead of building one (the tests do this).

PREFIX ?= /usr/local
BINARY ?= .build/release/rapport
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
MANDIR = $(SHAREDIR)/man/man1
BASHDIR = $(SHAREDIR)/bash-completion/completions
ZSHDIR = $(SHAREDIR)/zsh/site-functions
FISHDIR = $(SHAREDIR)/fish/vendor_completions.d

.PHONY: install uninstall release generated

release:
	swift build -c release --product rapport

install: $(if $(filter .build/release/rapport,$(BINARY)),release)
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(BINARY) $(BINDIR)/rapport
	install -m 644 docs/man/rapport.1 $(MANDIR)/rapport.1
	install -m 644 completions/rapport.bash $(BASHDIR)/rapport
	install -m 644 completions/rapport.zsh $(ZSHDIR)/_rapport
	install -m 644 completions/rapport.fish $(FISHDIR)/rapport.fish

uninstall:
	rm -f $(BINDIR)/rapport $(MANDIR)/rapport.1 $(BASHDIR)/rapport $(ZSHDIR)/_rapport $(FISHDIR)/rapport.fish

# A debug build is enough: what is generated does not depend on the build's configuration.
generated:
	swift build --product rapport
	swift build --product rapport-manual
	mkdir -p completions docs/man
	bin=$$(swift build --show-bin-path) && \
	  for shell in bash zsh fish; do \
	    $$bin/rapport --generate-completion-script $$shell > completions/rapport.$$shell || exit 1; \
	  done && \
	  $$bin/rapport-manual $$bin/rapport > docs/man/rapport.1
