import { $api } from '../../../lib/api';

/** Asks the API for the invoice's payment page: access is checked and the click recorded there. */
export function usePayInvoice() {
  return $api.useMutation('post', '/portal/v1/documents/{id}/pay');
}
