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

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
