"""The phone and text information line of OPS Kleszczewo."""


def create_app(*args, **kwargs):
    from ivr.web import create_app as factory

    return factory(*args, **kwargs)
