using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PageAndChildIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SubmissionBatches_TenantId",
                table: "SubmissionBatches");

            migrationBuilder.DropIndex(
                name: "IX_Remittances_TenantId",
                table: "Remittances");

            migrationBuilder.DropIndex(
                name: "IX_RemittanceImport_TenantId",
                table: "RemittanceImport");

            migrationBuilder.DropIndex(
                name: "IX_Providers_TenantId",
                table: "Providers");

            migrationBuilder.DropIndex(
                name: "IX_Payers_TenantId",
                table: "Payers");

            migrationBuilder.DropIndex(
                name: "IX_Patients_TenantId",
                table: "Patients");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_TenantId",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_IdempotencyRecords_TenantId",
                table: "IdempotencyRecords");

            migrationBuilder.DropIndex(
                name: "IX_Encounters_TenantId",
                table: "Encounters");

            migrationBuilder.DropIndex(
                name: "IX_Denials_TenantId",
                table: "Denials");

            migrationBuilder.DropIndex(
                name: "IX_Coverages_TenantId",
                table: "Coverages");

            migrationBuilder.DropIndex(
                name: "IX_Claims_TenantId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_TenantId_ServiceDateFrom",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_ClaimPayments_TenantId",
                table: "ClaimPayments");

            migrationBuilder.DropIndex(
                name: "IX_ClaimLines_TenantId",
                table: "ClaimLines");

            migrationBuilder.DropIndex(
                name: "IX_ClaimDiagnoses_TenantId",
                table: "ClaimDiagnoses");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_TenantId",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_AcknowledgementImport_TenantId",
                table: "AcknowledgementImport");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_TenantId_PatientId_ServiceDateFrom",
                table: "Encounters",
                columns: new[] { "TenantId", "PatientId", "ServiceDateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Coverages_TenantId_PatientId_Priority",
                table: "Coverages",
                columns: new[] { "TenantId", "PatientId", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_TenantId_ServiceDateFrom_Id",
                table: "Claims",
                columns: new[] { "TenantId", "ServiceDateFrom", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_TenantId_ClaimId_LineNumber",
                table: "ClaimLines",
                columns: new[] { "TenantId", "ClaimId", "LineNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimDiagnoses_TenantId_ClaimId_Sequence",
                table: "ClaimDiagnoses",
                columns: new[] { "TenantId", "ClaimId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Encounters_TenantId_PatientId_ServiceDateFrom",
                table: "Encounters");

            migrationBuilder.DropIndex(
                name: "IX_Coverages_TenantId_PatientId_Priority",
                table: "Coverages");

            migrationBuilder.DropIndex(
                name: "IX_Claims_TenantId_ServiceDateFrom_Id",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_ClaimLines_TenantId_ClaimId_LineNumber",
                table: "ClaimLines");

            migrationBuilder.DropIndex(
                name: "IX_ClaimDiagnoses_TenantId_ClaimId_Sequence",
                table: "ClaimDiagnoses");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_TenantId",
                table: "SubmissionBatches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Remittances_TenantId",
                table: "Remittances",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceImport_TenantId",
                table: "RemittanceImport",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Providers_TenantId",
                table: "Providers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Payers_TenantId",
                table: "Payers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_TenantId",
                table: "Patients",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_TenantId",
                table: "LedgerEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_TenantId",
                table: "IdempotencyRecords",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Encounters_TenantId",
                table: "Encounters",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Denials_TenantId",
                table: "Denials",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Coverages_TenantId",
                table: "Coverages",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_TenantId",
                table: "Claims",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_TenantId_ServiceDateFrom",
                table: "Claims",
                columns: new[] { "TenantId", "ServiceDateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimPayments_TenantId",
                table: "ClaimPayments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_TenantId",
                table: "ClaimLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimDiagnoses_TenantId",
                table: "ClaimDiagnoses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_TenantId",
                table: "AuditEvents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementImport_TenantId",
                table: "AcknowledgementImport",
                column: "TenantId");
        }
    }
}
