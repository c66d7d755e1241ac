using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionBatchGroupControlNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "GroupControlNumber",
                table: "SubmissionBatches",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Every 837 written so far used the interchange control number as GS06.
            migrationBuilder.Sql("UPDATE \"SubmissionBatches\" SET \"GroupControlNumber\" = \"InterchangeControlNumber\"");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_TenantId_GroupControlNumber",
                table: "SubmissionBatches",
                columns: new[] { "TenantId", "GroupControlNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SubmissionBatches_TenantId_GroupControlNumber",
                table: "SubmissionBatches");

            migrationBuilder.DropColumn(
                name: "GroupControlNumber",
                table: "SubmissionBatches");
        }
    }
}
