import { Migration } from '@mikro-orm/migrations';

/**
 * SPEC 11: a user who never chose a language has none (null), so the app follows the browser until
 * they choose; mails then go out in English.
 */
export class Migration20261201018UserLocaleUnset extends Migration {
  override async up(): Promise<void> {
    this.addSql('ALTER TABLE app_user ALTER COLUMN locale DROP NOT NULL, ALTER COLUMN locale DROP DEFAULT');
  }

  override async down(): Promise<void> {
    this.addSql("UPDATE app_user SET locale = 'en' WHERE locale IS NULL");
    this.addSql("ALTER TABLE app_user ALTER COLUMN locale SET DEFAULT 'en', ALTER COLUMN locale SET NOT NULL");
  }
}
