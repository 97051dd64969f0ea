using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EarlyWarningCountsFromTheIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_PropertyId_ReceivedAt",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_PropertyId_ReceivedAt_Category",
                table: "cases",
                columns: new[] { "PropertyId", "ReceivedAt", "Category" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_PropertyId_ReceivedAt_Category",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_PropertyId_ReceivedAt",
                table: "cases",
                columns: new[] { "PropertyId", "ReceivedAt" });
        }
    }
}
