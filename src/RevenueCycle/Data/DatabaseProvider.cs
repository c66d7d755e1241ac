namespace RevenueCycle.Data;

/// <summary>Which database the API runs on (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider { Sqlite, Postgres, SqlServer }
