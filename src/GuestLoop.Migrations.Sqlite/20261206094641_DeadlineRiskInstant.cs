using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlineRiskInstant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RiskFrom",
                table: "case_deadlines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_deadlines_at_risk",
                table: "case_deadlines",
                columns: new[] { "RiskFrom", "DueAt", "CaseId" },
                filter: "\"MetAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_deadlines_at_risk",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "RiskFrom",
                table: "case_deadlines");
        }
    }
}
