using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Mutations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DenialStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DenialId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DenialStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DenialStatusChanges_Denials_DenialId",
                        column: x => x.DenialId,
                        principalTable: "Denials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EncounterStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EncounterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EncounterStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EncounterStatusChanges_Encounters_EncounterId",
                        column: x => x.EncounterId,
                        principalTable: "Encounters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Mutation = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    InputHash = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ResultType = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ResultId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DenialStatusChanges_DenialId_At",
                table: "DenialStatusChanges",
                columns: new[] { "DenialId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DenialStatusChanges_TenantId",
                table: "DenialStatusChanges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EncounterStatusChanges_EncounterId_At",
                table: "EncounterStatusChanges",
                columns: new[] { "EncounterId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_EncounterStatusChanges_TenantId",
                table: "EncounterStatusChanges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_TenantId",
                table: "IdempotencyRecords",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_TenantId_Key",
                table: "IdempotencyRecords",
                columns: new[] { "TenantId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DenialStatusChanges");

            migrationBuilder.DropTable(
                name: "EncounterStatusChanges");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");
        }
    }
}
