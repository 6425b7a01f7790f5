import { relations } from "drizzle-orm";
import { customers, paymentMethods } from "./customers";
import { decisions } from "./decisions";
import { payouts } from "./payouts";
import { emailAttachments, inboundEmails } from "./emails";
import { outboundEmails } from "./outbound-emails";
import { numberOutages, orders, orderStatusEvents, smsMessages } from "./orders";
import { policyEvaluations, refundRequests } from "./requests";
import { users } from "./users";

/**
 * The foreign keys as drizzle relations, for reads that fetch a request with everything it
 * links to in one statement (db.query…findFirst({ with })): the request page.
 */
export const refundRequestRelations = relations(refundRequests, ({ one, many }) => ({
  customer: one(customers, { fields: [refundRequests.customerId], references: [customers.id] }),
  order: one(orders, { fields: [refundRequests.orderId], references: [orders.id] }),
  assignee: one(users, { fields: [refundRequests.assigneeId], references: [users.id] }),
  inboundEmails: many(inboundEmails),
  outboundEmails: many(outboundEmails),
  decisions: many(decisions),
  evaluations: many(policyEvaluations),
  payouts: many(payouts),
}));

export const customerRelations = relations(customers, ({ many }) => ({
  orders: many(orders),
}));

export const orderRelations = relations(orders, ({ one, many }) => ({
  customer: one(customers, { fields: [orders.customerId], references: [customers.id] }),
  paymentMethod: one(paymentMethods, {
    fields: [orders.paymentMethodId],
    references: [paymentMethods.id],
  }),
  outages: many(numberOutages),
  sms: many(smsMessages),
  statusEvents: many(orderStatusEvents),
}));

export const numberOutageRelations = relations(numberOutages, ({ one }) => ({
  order: one(orders, { fields: [numberOutages.orderId], references: [orders.id] }),
}));

export const smsMessageRelations = relations(smsMessages, ({ one }) => ({
  order: one(orders, { fields: [smsMessages.orderId], references: [orders.id] }),
}));

export const orderStatusEventRelations = relations(orderStatusEvents, ({ one }) => ({
  order: one(orders, { fields: [orderStatusEvents.orderId], references: [orders.id] }),
}));

export const inboundEmailRelations = relations(inboundEmails, ({ one, many }) => ({
  request: one(refundRequests, {
    fields: [inboundEmails.requestId],
    references: [refundRequests.id],
  }),
  attachments: many(emailAttachments),
}));

export const emailAttachmentRelations = relations(emailAttachments, ({ one }) => ({
  email: one(inboundEmails, { fields: [emailAttachments.emailId], references: [inboundEmails.id] }),
}));

export const outboundEmailRelations = relations(outboundEmails, ({ one }) => ({
  request: one(refundRequests, {
    fields: [outboundEmails.requestId],
    references: [refundRequests.id],
  }),
}));

export const decisionRelations = relations(decisions, ({ one }) => ({
  request: one(refundRequests, { fields: [decisions.requestId], references: [refundRequests.id] }),
  decider: one(users, { fields: [decisions.decidedBy], references: [users.id] }),
}));

export const policyEvaluationRelations = relations(policyEvaluations, ({ one }) => ({
  request: one(refundRequests, {
    fields: [policyEvaluations.requestId],
    references: [refundRequests.id],
  }),
}));

export const payoutRelations = relations(payouts, ({ one }) => ({
  request: one(refundRequests, {
    fields: [payouts.requestId],
    references: [refundRequests.id],
  }),
}));
