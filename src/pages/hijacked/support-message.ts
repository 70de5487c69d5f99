import type { Language } from '../../platform/i18n';

export interface IncidentDetails {
  accountEmail: string;
  username: string;
  noticedAt: string;
  payoutAmount: string;
}

const blank = (value: string, placeholder: string) => (value.trim() === '' ? placeholder : value.trim());

/**
 * The first message to support, asking for exactly what got the 2019 victim's account back:
 * the registered e-mail restored and the password reset, payouts stopped and refunded, linked
 * logins removed, and a written confirmation.
 */
export function supportMessage(
  language: Language,
  siteName: string,
  details: IncidentDetails,
): { subject: string; body: string } {
  if (language === 'ja') {
    const payout = details.payoutAmount.trim()
      ? `\n・犯人による振込申請（${details.payoutAmount.trim()}）の停止・取消と、被害額の返金`
      : '\n・保留中または申請済みの振込の停止・取消と、被害があった場合の返金';
    return {
      subject: `【至急】アカウント乗っ取りの被害について（${blank(details.username, 'ユーザー名')}）`,
      body: `${siteName} サポートご担当者様

私のアカウントが第三者に乗っ取られました。至急の対応をお願いいたします。

・ユーザー名：${blank(details.username, '（ユーザー名）')}
・乗っ取り前の登録メールアドレス：${blank(details.accountEmail, '（メールアドレス）')}
・被害に気づいた日時：${blank(details.noticedAt, '（日時）')}

お願いしたいこと：
・登録メールアドレスを上記の私のアドレスに戻し、パスワードをリセットしてください${payout}
・連携ログイン（外部IDでのログイン）の解除
・対応内容を書面（メール）でご連絡ください

本人確認書類の提出が必要な場合は、このメールへの返信で直接ご指示ください。アプリ内の案内からは提出しません。

よろしくお願いいたします。`,
    };
  }
  const payout = details.payoutAmount.trim()
    ? `\n- Stop or reverse the payout the attacker requested (${details.payoutAmount.trim()}) and refund the loss`
    : '\n- Stop or reverse any pending or requested payout, and refund any loss';
  return {
    subject: `Urgent: my account was taken over (${blank(details.username, 'username')})`,
    body: `Dear ${siteName} support,

My account has been taken over by someone else. Please act urgently.

- Username: ${blank(details.username, '(username)')}
- Registered e-mail before the takeover: ${blank(details.accountEmail, '(e-mail)')}
- When I noticed: ${blank(details.noticedAt, '(date and time)')}

Please:
- Change the registered e-mail back to my address above and reset the password${payout}
- Remove all linked logins (sign-in through other accounts)
- Confirm in writing what you have done

If you need identity documents, please ask me directly in a reply to this e-mail; I will not submit them through in-app prompts.

Thank you.`,
  };
}
