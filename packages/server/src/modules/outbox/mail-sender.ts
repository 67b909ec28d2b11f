import nodemailer, { type Transporter } from 'nodemailer';
import type { AttemptResult } from './outbox.rules.js';
import type { RenderedMail } from './mail.render.js';

/** Sends mails over SMTP_URL with nodemailer (pooled connections); an accepted mail counts as 250. */
export class MailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly messageIdDomain: string,
  ) {
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 4,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  /** `deliveryId` becomes the Message-ID, the same on every retry, so a mailbox may de-duplicate. */
  async send(deliveryId: string, to: string, mail: RenderedMail): Promise<AttemptResult> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${deliveryId}@${this.messageIdDomain}>`,
      });
      return { statusCode: 250, error: null };
    } catch (error) {
      const responseCode = (error as { responseCode?: unknown }).responseCode;
      return { statusCode: typeof responseCode === 'number' ? responseCode : null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  close(): void {
    this.transport.close();
  }
}
