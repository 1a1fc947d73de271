"""Body extractors behind one interface; see base.py for the protocol and registry."""
