"""The line's database: one schema for every area (messages, SMS limits, staff
accounts), the engine and the Alembic migrations that bring any database to the newest
version.

May import: nothing of ivr.
"""
