using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CodeSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Word search on SQLite: an FTS5 index over Codes.SearchText (external content, so the text is stored
            // once). No B-tree serves LIKE '% WORD%'; PostgreSQL uses pg_trgm instead. The code-set importer rebuilds
            // it after each import (Coding/CodeSetImporter.cs), the only writer of Codes.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"CodeSearchIndex\" USING fts5(\"SearchText\", content='Codes', content_rowid='Id');");
            migrationBuilder.Sql("INSERT INTO \"CodeSearchIndex\"(\"CodeSearchIndex\") VALUES('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"CodeSearchIndex\";");
        }
    }
}
