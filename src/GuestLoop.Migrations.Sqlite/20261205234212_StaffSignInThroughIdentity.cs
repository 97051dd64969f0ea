using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuestLoop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffSignInThroughIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AccessFailedCount",
                table: "staff",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AuthenticatorKey",
                table: "staff",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LockoutEnd",
                table: "staff",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecoveryCodeHashes",
                table: "staff",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "staff",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "TwoFactorEnabled",
                table: "staff",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AdministratorsNeedTwoFactor",
                table: "enterprises",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccessFailedCount",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "AuthenticatorKey",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "LockoutEnd",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "RecoveryCodeHashes",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "TwoFactorEnabled",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "AdministratorsNeedTwoFactor",
                table: "enterprises");
        }
    }
}
