import type { Claim } from "@/lib/policy/vocabulary";

export interface ClaimRule {
  claim: Exclude<Claim, "other">;
  weight: number;
  pattern: RegExp;
}

// Weighted EN/RU phrases per claim. Specific phrasings weigh more than
// generic ones ("blocked by the operator" 3 beats "not working" 1), so the
// most specific claim wins when a mail mentions several symptoms.
export const CLAIM_RULES: ClaimRule[] = [
  {
    claim: "number_not_working",
    weight: 1,
    pattern:
      /\bnot working\b|\b(?:doesn'?t|does not|don'?t|isn'?t|is not) work(?:ing)?\b|\bstopped working\b|\bis (?:dead|down|offline)\b|не работает|перестал\p{L}* работать|не принима\p{L}* (?:звонки|смс)/iu,
  },
  {
    claim: "number_not_working",
    weight: 1.5,
    pattern:
      /\b(?:number|line)\b[^.!?\n]{0,40}\b(?:not working|doesn'?t work|does not work|stopped working|is down|offline)|(?:for|over|more than|since)\s+(?:\d+|two|three|several)\s+(?:hours|days)|номер[^.!?\n]{0,40}не работает|(?:уже|более|больше)\s+(?:\d+|двух|двое|трех|трёх|трое|несколько|суток)\s*(?:час|дн|сут)/iu,
  },
  {
    claim: "operator_blocked",
    weight: 3,
    pattern:
      /\b(?:blocked|disconnected|suspended|barred|deactivated)\b[^.!?\n]{0,30}\b(?:by )?(?:the |a )?(?:local )?(?:operator|carrier|mobile operator|network)|\b(?:operator|carrier)\b[^.!?\n]{0,20}\b(?:blocked|disconnected|suspended|barred)|заблокирован\p{L}*[^.!?\n]{0,20}оператор|оператор\p{L}*[^.!?\n]{0,20}(?:заблокировал|отключил|блокир)/iu,
  },
  {
    claim: "order_not_completed",
    weight: 3,
    pattern:
      /\border\b[^.!?\n]{0,30}\b(?:not|never|wasn'?t|was not|hasn'?t been|has not been)\s+(?:been\s+)?(?:completed|fulfilled|processed|finished)|\border\b[^.!?\n]{0,20}\b(?:failed|stuck|still pending|hanging)|paid but[^.!?\n]{0,30}\border|заказ\p{L}*[^.!?\n]{0,20}не (?:выполнен|завершен|завершён|обработан|прош[её]л)|заказ\p{L}* завис|оплатил\p{L}*,? (?:но|а) заказ/iu,
  },
  {
    claim: "number_not_provided",
    weight: 3,
    pattern:
      /\b(?:never|didn'?t|did not|haven'?t|have not|wasn'?t|was not|not)\s+(?:been\s+)?(?:receive[d]?|get|got|given|provided|issued|assigned|allocated)\s+(?:the |a |my |any )?(?:phone )?number\b|\bnumber\b[^.!?\n]{0,20}\b(?:never|not|wasn'?t|was not)\s+(?:been\s+)?(?:provided|issued|delivered|assigned|allocated)|\bno number (?:was )?(?:provided|issued|assigned|allocated)|номер\p{L}*[^.!?\n]{0,20}не (?:был )?(?:предоставлен|выдан|выделен|получ)|не (?:получил\p{L}*|выдали|предоставили|выделили) номер/iu,
  },
  {
    claim: "provider_fault",
    weight: 3,
    pattern:
      /\b(?:local )?provider'?s? (?:fault|issue|problem|outage|side|failure)|\b(?:fault|problem|issue|outage) (?:of|with|on|at) the (?:local )?provider|\bno replacement\b|\b(?:cannot|can'?t|could not|couldn'?t) (?:replace|provide a replacement)|(?:вин\p{L}*|проблем\p{L}*|сбо\p{L}*|авари\p{L}*)[^.!?\n]{0,20}(?:местного )?провайдер|провайдер\p{L}*[^.!?\n]{0,20}(?:сбой|авари|проблем)|замен\p{L}*[^.!?\n]{0,20}(?:нет|невозможн)/iu,
  },
  {
    claim: "sms_not_received",
    weight: 2,
    pattern:
      /\b(?:sms|code|codes|text|texts|verification code|otp|messages?)\b[^.!?\n]{0,25}\b(?:not|never|wasn'?t|weren'?t|hasn'?t|haven'?t)\s+(?:been\s+)?(?:received|arrive[ds]?|comes?|came|delivered)|\b(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|has not|don'?t|do not|can'?t|cannot)\s+(?:receive[sd]?|get|got)\s+(?:the |any |an? |my )?(?:sms|code|text|verification|otp|message)|\bno sms\b|\bsms table is empty\b|(?:смс|sms|код)\p{L}*[^.!?\n]{0,20}не (?:пришл|приход|получ|доход)|не (?:пришл\p{L}*|приходит|приходят|получил\p{L}*|доходят)[^.!?\n]{0,20}(?:смс|sms|код)/iu,
  },
  {
    claim: "specific_service_sms_failure",
    weight: 2,
    pattern:
      /\b(?:other|most|all other) (?:services|sites|apps)\b[^.!?\n]{0,40}\b(?:work|fine|arrive|receive)|\bexcept (?:for )?\p{Lu}|\bonly from\b|\bfrom (?:WhatsApp|Telegram|Google|Facebook|Instagram|TikTok|Viber|Microsoft|Apple|Amazon|Uber|Tinder|Discord|OpenAI)\b|(?:други\p{L}*|остальн\p{L}*) (?:сервис\p{L}*|сайт\p{L}*|смс)[^.!?\n]{0,30}(?:приход|работа|получ)|кроме\s+\p{L}+|только от\s+\p{L}+/iu,
  },
  {
    claim: "caller_id_unavailable",
    weight: 4,
    pattern:
      /\bcaller\s*id\b[^.!?\n]{0,40}\b(?:not|isn'?t|doesn'?t|does not|cannot|can'?t|couldn'?t|wasn'?t|never|failed|unavailable|fails)|(?:подмен\p{L}*|определител\p{L}*|caller\s*id|аон)[^.!?\n]{0,40}не (?:работает|отображ|показыва|доступ|подключ)/iu,
  },
  {
    claim: "changed_mind",
    weight: 3,
    pattern:
      /\bchanged (?:my|our) mind\b|\b(?:no longer|don'?t|do not) need (?:it|the number|this|the service)\b|\bdon'?t want (?:it|the number|this) any ?more\b|\bdecided (?:not to|to cancel)|передумал\p{L}*|(?:больше )?не нуж(?:ен|на|но)|решил\p{L}* отказаться/iu,
  },
  {
    claim: "accidental_topup",
    weight: 4,
    pattern:
      /\b(?:accidentally|by mistake|mistakenly|by accident|erroneously|wrongly)\b[^.!?\n]{0,30}\b(?:top(?:ped)?[- ]?up|added|paid|deposited|charged|funded)|\btop[- ]?up\b[^.!?\n]{0,20}\b(?:by mistake|by accident|accidentally)|\b(?:paid|topped up|charged) twice\b|\bdouble (?:payment|top[- ]?up|charge)\b|(?:случайно|по ошибке|ошибочно)[^.!?\n]{0,20}(?:пополнил|оплатил|заплатил|перев[её]л|зачислил)|пополнил\p{L}*[^.!?\n]{0,20}(?:случайно|по ошибке)|оплатил\p{L}* дважды/iu,
  },
  {
    claim: "voluntary_disconnect",
    weight: 3,
    pattern:
      /\b(?:i|we)(?: have|'ve)? (?:disconnected|cancell?ed|deleted|terminated|stopped|turned off)\s+(?:the |my |our )?(?:\+?\d+\s+)?(?:rented |virtual )?(?:number|rent|rental|service|subscription)|\b(?:remaining|unused|rest of the) (?:days|period|time|month)\b|(?:отключил\p{L}*|удалил\p{L}*|отказал\p{L}* от)\s+(?:\p{L}+\s+)?(?:номер|аренд|услуг)|(?:оставш\p{L}*|неиспользованн\p{L}*) (?:дн|период|срок|врем)/iu,
  },
  {
    claim: "unused_balance",
    weight: 3.5,
    pattern:
      /\b(?:unused|remaining|leftover|left over|rest of (?:the|my)) (?:funds|balance|money|credit)|\bwithdraw\b[^.!?\n]{0,20}\bbalance\b|\bmoney (?:left )?on (?:my |the )?(?:account|balance)|(?:остат\p{L}*|неиспользованн\p{L}*) (?:средств|баланс|денег)|(?:вывести|вернуть) (?:деньги |средства )?с баланса|остаток на балансе/iu,
  },
  {
    claim: "misunderstanding",
    weight: 2.5,
    pattern:
      /\b(?:didn'?t|did not|don'?t|do not) understand\b|\b(?:thought|expected|assumed) (?:it|the number|that|this) (?:would|was|is|to)|\bnot what i expected\b|\bmisunderstood\b|\b(?:can'?t|cannot) figure out how\b|не (?:понял|поняла|понимаю|разобрал\p{L}*)|думал\p{L}*,? что|не то,? что (?:я )?ожидал/iu,
  },
];
