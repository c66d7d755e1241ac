using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Interchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DenialsCreated",
                table: "Remittances",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ImportId",
                table: "Remittances",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PostedClaims",
                table: "Remittances",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnmatchedClaims",
                table: "Remittances",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UnmatchedReason",
                table: "ClaimPayments",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AcknowledgementImport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceHash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AcceptedClaims = table.Column<int>(type: "integer", nullable: false),
                    RejectedClaims = table.Column<int>(type: "integer", nullable: false),
                    Unmatched = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcknowledgementImport", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemittanceImport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceHash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RemittanceCount = table.Column<int>(type: "integer", nullable: false),
                    ClaimCount = table.Column<int>(type: "integer", nullable: false),
                    PostedClaims = table.Column<int>(type: "integer", nullable: false),
                    UnmatchedClaims = table.Column<int>(type: "integer", nullable: false),
                    DenialsCreated = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemittanceImport", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Remittances_ImportId",
                table: "Remittances",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementImport_TenantId",
                table: "AcknowledgementImport",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementImport_TenantId_SourceHash",
                table: "AcknowledgementImport",
                columns: new[] { "TenantId", "SourceHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceImport_TenantId",
                table: "RemittanceImport",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceImport_TenantId_SourceHash",
                table: "RemittanceImport",
                columns: new[] { "TenantId", "SourceHash" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Remittances_RemittanceImport_ImportId",
                table: "Remittances",
                column: "ImportId",
                principalTable: "RemittanceImport",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Remittances_RemittanceImport_ImportId",
                table: "Remittances");

            migrationBuilder.DropTable(
                name: "AcknowledgementImport");

            migrationBuilder.DropTable(
                name: "RemittanceImport");

            migrationBuilder.DropIndex(
                name: "IX_Remittances_ImportId",
                table: "Remittances");

            migrationBuilder.DropColumn(
                name: "DenialsCreated",
                table: "Remittances");

            migrationBuilder.DropColumn(
                name: "ImportId",
                table: "Remittances");

            migrationBuilder.DropColumn(
                name: "PostedClaims",
                table: "Remittances");

            migrationBuilder.DropColumn(
                name: "UnmatchedClaims",
                table: "Remittances");

            migrationBuilder.DropColumn(
                name: "UnmatchedReason",
                table: "ClaimPayments");
        }
    }
}
