"""The registry's actions: set it up, trust and revoke senders, import batches, decide on possible duplicates,
and the statistics. Each changing action is one transaction (an import, one per file)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.clock import Clock
from app.core.registry_stats import Streams, Table
from app.core.settings import OrgType, Settings
from app.crypto.minisign import PublicKey
from app.registry import keys, review
from app.registry.importer import Outcome, Progress, import_paths
from app.registry.keys import RegistryKeys, Sender
from app.registry.review import Candidate
from app.registry.stats_export import stats_csv
from app.registry.stats_query import statistics
from app.registry.verify import verify_outer
from app.vault.lifecycle import create_vault
from app.vault.paths import VaultPaths
from app.vault.repos import settings as settings_repo
from app.vault.session import Session

__all__ = ["Candidate", "Outcome", "RegistryKeys", "Sender", "Statistics"]

REGISTRY_PREFIX = "RG"


@dataclass(frozen=True, slots=True)
class Statistics:
    org_name: str
    made_at: datetime
    tables: list[Table]
    streams: Streams

    def csv(self) -> bytes:
        """The tables as CSV, small cells suppressed."""
        return stats_csv(self.tables, self.streams)


def create(
    paths: VaultPaths, *, org_name: str, admin_name: str, admin_passphrase: bytearray, clock: Clock
) -> tuple[RegistryKeys, str]:
    """A registry vault with its own age identity; returns its keys and the recovery code (shown once)."""
    session, code = create_vault(
        paths,
        settings=Settings(org_name, OrgType.REGISTRY, REGISTRY_PREFIX),
        admin_name=admin_name,
        admin_passphrase=admin_passphrase,
        clock=clock,
    )
    with session:
        return keys.create(session), code


def registry_keys(session: Session) -> RegistryKeys:
    """The registry's own keys; refuses a vault that is not a registry."""
    return keys.load(session)


def senders(session: Session) -> list[Sender]:
    keys.load(session)  # a registry vault, or a clear refusal
    return keys.senders(session)


def trust_sender(session: Session, public_key_text: str, name: str) -> Sender:
    keys.load(session)  # a registry vault, or a clear refusal
    return keys.trust(session, public_key_text, name)


def revoke_sender(session: Session, key_id: str) -> None:
    keys.load(session)  # a registry vault, or a clear refusal
    keys.revoke(session, key_id)


def import_batches(
    session: Session, paths: list[Path], progress: Progress = lambda _done, _total, _file: None
) -> list[Outcome]:
    """Verify, decrypt and load every batch file in ``paths`` (files or folders), each file on its own."""
    keys.load(session)  # a registry vault, or a clear refusal
    return import_paths(session, paths, progress)


def duplicate_candidates(session: Session) -> list[Candidate]:
    keys.load(session)  # a registry vault, or a clear refusal
    return review.candidates(session)


def link_duplicates(session: Session, candidate_id: int) -> None:
    keys.load(session)  # a registry vault, or a clear refusal
    review.link(session, candidate_id)


def keep_apart(session: Session, candidate_id: int) -> None:
    keys.load(session)  # a registry vault, or a clear refusal
    review.dismiss(session, candidate_id)


def check_signature(data: bytes, signature_text: str, org_key: PublicKey) -> str:
    """Check a batch file's outer signature without decrypting it; returns the trusted comment."""
    return verify_outer(data, signature_text, org_key)


def national_statistics(session: Session, *, reporter: str | None = None, sender: str | None = None) -> Statistics:
    """The national tables; ``reporter`` (a reporter type) or ``sender`` (a key id) gives that one view."""
    keys.load(session)
    tables, streams = statistics(session, reporter=reporter, sender=sender)
    return Statistics(settings_repo.load(session.conn).org_name, session.clock.now(), tables, streams)
