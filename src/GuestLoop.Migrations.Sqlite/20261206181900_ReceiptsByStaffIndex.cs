using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReceiptsByStaffIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_case_events_receipts_by_staff",
                table: "case_events",
                columns: new[] { "ActorId", "At" },
                filter: "\"Action\" = 'Receive' AND \"ActorId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_events_receipts_by_staff",
                table: "case_events");
        }
    }
}
