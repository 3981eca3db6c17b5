"""Validators generated from the .jmap schema (see jmap.io.validatorcode)."""
