using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InterchangeControlNumberCounter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastInterchangeControlNumber",
                table: "Tenants",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Continue each tenant's sequence from its last batch.
            migrationBuilder.Sql("UPDATE \"Tenants\" SET \"LastInterchangeControlNumber\" = COALESCE((SELECT MAX(b.\"InterchangeControlNumber\") FROM \"SubmissionBatches\" b WHERE b.\"TenantId\" = \"Tenants\".\"Id\"), 0)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastInterchangeControlNumber",
                table: "Tenants");
        }
    }
}
