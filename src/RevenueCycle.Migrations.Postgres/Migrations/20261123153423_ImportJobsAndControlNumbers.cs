using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ImportJobsAndControlNumbers : Migration
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

            migrationBuilder.AddColumn<long>(
                name: "GroupControlNumber",
                table: "SubmissionBatches",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Existing batches used their interchange control number as GS06, and each tenant's counter continues
            // from its highest batch.
            migrationBuilder.Sql("UPDATE \"SubmissionBatches\" SET \"GroupControlNumber\" = \"InterchangeControlNumber\"");
            migrationBuilder.Sql("UPDATE \"Tenants\" SET \"LastInterchangeControlNumber\" = COALESCE((SELECT MAX(b.\"InterchangeControlNumber\") FROM \"SubmissionBatches\" b WHERE b.\"TenantId\" = \"Tenants\".\"Id\"), 0)");

            migrationBuilder.CreateTable(
                name: "ImportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Processed = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", maxLength: 2147483647, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ErrorCode = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ErrorMessage = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RemittanceImportId = table.Column<Guid>(type: "uuid", nullable: true),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportJobs_RemittanceImport_RemittanceImportId",
                        column: x => x.RemittanceImportId,
                        principalTable: "RemittanceImport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_TenantId_GroupControlNumber",
                table: "SubmissionBatches",
                columns: new[] { "TenantId", "GroupControlNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_RemittanceImportId",
                table: "ImportJobs",
                column: "RemittanceImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_State_CreatedAt",
                table: "ImportJobs",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_TenantId",
                table: "ImportJobs",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportJobs");

            migrationBuilder.DropIndex(
                name: "IX_SubmissionBatches_TenantId_GroupControlNumber",
                table: "SubmissionBatches");

            migrationBuilder.DropColumn(
                name: "LastInterchangeControlNumber",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "GroupControlNumber",
                table: "SubmissionBatches");
        }
    }
}
