teSearchFile("terms/73-6c-69",[["slip",[1,1,50],[]]]);
