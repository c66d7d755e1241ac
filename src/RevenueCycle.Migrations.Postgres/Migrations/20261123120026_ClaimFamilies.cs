using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClaimFamilies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ChargeClaimId",
                table: "Claims",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ChargeClaimId",
                table: "Claims",
                column: "ChargeClaimId");

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Claims_ChargeClaimId",
                table: "Claims",
                column: "ChargeClaimId",
                principalTable: "Claims",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Claims_Claims_ChargeClaimId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ChargeClaimId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ChargeClaimId",
                table: "Claims");
        }
    }
}
