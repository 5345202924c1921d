# make install [PREFIX=~/.local]    build the release binary and install it in PREFIX/bin,
#                                   with shell completions for bash, zsh and fish
# make uninstall [PREFIX=~/.local]  remove what install put there
# BINARY=path installs an already-built binary instead of building one (the tests do this).

PREFIX ?= /usr/local
BINARY ?= .build/release/rapport
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share

.PHONY: install uninstall release

release:
	swift build -c release --product rapport

install: $(if $(filter .build/release/rapport,$(BINARY)),release)
	install -d $(BINDIR) $(SHAREDIR)/bash-completion/completions $(SHAREDIR)/zsh/site-functions \
	  $(SHAREDIR)/fish/vendor_completions.d
	install -m 755 $(BINARY) $(BINDIR)/rapport
	$(BINDIR)/rapport --generate-completion-script bash > $(SHAREDIR)/bash-completion/completions/rapport
	$(BINDIR)/rapport --generate-completion-script zsh > $(SHAREDIR)/zsh/site-functions/_rapport
	$(BINDIR)/rapport --generate-completion-script fish > $(SHAREDIR)/fish/vendor_completions.d/rapport.fish

uninstall:
	rm -f $(BINDIR)/rapport $(SHAREDIR)/bash-completion/completions/rapport \
	  $(SHAREDIR)/zsh/site-functions/_rapport $(SHAREDIR)/fish/vendor_completions.d/rapport.fish
