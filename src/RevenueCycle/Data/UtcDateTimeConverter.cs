using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RevenueCycle.Data;

/// <summary>
/// Every timestamp we store is UTC, but SQLite keeps no kind and hands DateTimes back as Unspecified, which then
/// serialise without the "Z" (PostgreSQL's timestamptz returns UTC). On SQLite, reads are marked UTC so a
/// timestamp reads the same on every database.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
