using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class JsonListsWithoutReflection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to change in the database: the lists keep the JSON text they had; only the model's mapping of
            // them moved from EF Core's primitive collections to JsonListConverter (Data/JsonListConverter.cs).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
